"""FastAPI endpoint for product photos: images only, re-encoded, stored outside the web root."""
import io
import uuid
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile
from PIL import Image, UnidentifiedImageError

app = FastAPI()
STORE = Path("/var/lib/shop/photos")
ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
MAX_BYTES = 8 * 1024 * 1024


def normalise(data: bytes) -> tuple[bytes, str]:
    try:
        img = Image.open(io.BytesIO(data))
        img.verify()
        img = Image.open(io.BytesIO(data))
    except (UnidentifiedImageError, OSError):
        raise HTTPException(415, "not an image")
    fmt = img.format
    if fmt not in ALLOWED_FORMATS:
        raise HTTPException(415, "unsupported image type")
    out = io.BytesIO()
    img.save(out, format=fmt)
    return out.getvalue(), ALLOWED_FORMATS[fmt]


@app.post("/products/{product_id}/photos")
async def upload_photo(product_id: int, file: UploadFile = File(...)):
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "too large")
    clean, ext = normalise(data)
    STORE.mkdir(parents=True, exist_ok=True)
    name = f"{product_id}-{uuid.uuid4().hex}.{ext}"
    (STORE / name).write_bytes(clean)
    return {"photo_id": name}
