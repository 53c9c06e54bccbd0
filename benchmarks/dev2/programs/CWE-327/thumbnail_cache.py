import hashlib
import io
from pathlib import Path

from PIL import Image

CACHE_DIR = Path("/var/cache/thumbs")


def cache_key(source_path: str, size: tuple[int, int]) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    digest.update(source_path.encode())
    digest.update(f"{size[0]}x{size[1]}".encode())
    return digest.hexdigest()


def thumbnail(source_path: str, size=(256, 256)) -> bytes:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    target = CACHE_DIR / f"{cache_key(source_path, size)}.png"
    if target.exists():
        return target.read_bytes()
    with Image.open(source_path) as img:
        img.thumbnail(size)
        buf = io.BytesIO()
        img.save(buf, format="PNG")
    target.write_bytes(buf.getvalue())
    return buf.getvalue()
