import os
import secrets

from bottle import HTTPError, post, request, run
from PIL import Image, UnidentifiedImageError

MEDIA_ROOT = "/srv/gallery/media"
FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}


@post("/gallery")
def add_photo():
    upload = request.files.get("photo")
    if upload is None:
        raise HTTPError(400, "no file")
    try:
        img = Image.open(upload.file)
        img.verify()
    except (UnidentifiedImageError, OSError):
        raise HTTPError(415, "not an image")
    ext = FORMATS.get(img.format)
    if ext is None:
        raise HTTPError(415, "unsupported image format")
    name = f"{secrets.token_hex(12)}.{ext}"
    upload.file.seek(0)
    with open(os.path.join(MEDIA_ROOT, name), "wb") as out:
        out.write(upload.file.read())
    return {"photo": name}


if __name__ == "__main__":
    run(host="127.0.0.1", port=8081)
