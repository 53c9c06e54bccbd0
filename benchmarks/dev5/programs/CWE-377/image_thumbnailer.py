"""Celery task that thumbnails an uploaded image fetched from storage."""
import os
import subprocess
import tempfile

from celery import shared_task

from media.storage import fetch_original, store_thumbnail


@shared_task(bind=True, max_retries=3)
def make_thumbnail(self, media_id: int, size: int = 256) -> str:
    data = fetch_original(media_id)
    with tempfile.TemporaryDirectory(prefix="thumb-") as workdir:
        src = os.path.join(workdir, "original")
        dst = os.path.join(workdir, "thumb.jpg")
        with open(src, "wb") as fh:
            fh.write(data)
        subprocess.run(
            ["convert", src, "-thumbnail", f"{size}x{size}", dst],
            check=True,
            timeout=120,
        )
        with open(dst, "rb") as fh:
            return store_thumbnail(media_id, fh.read())
