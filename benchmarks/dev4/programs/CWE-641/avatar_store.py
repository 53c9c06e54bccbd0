"""Store user avatars under generated names."""
import secrets
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
AVATAR_DIR = Path("/srv/media/avatars")
ALLOWED = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp"}
MAX_BYTES = 2 * 1024 * 1024


def stored_name(original: str) -> str:
    suffix = Path(original or "").suffix.lower()
    if suffix not in ALLOWED:
        raise HTTPException(status_code=415, detail="unsupported image type")
    return secrets.token_hex(16) + suffix


@app.post("/users/{user_id}/avatar")
async def upload_avatar(user_id: int, file: UploadFile):
    name = stored_name(file.filename)
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="too large")
    AVATAR_DIR.mkdir(parents=True, exist_ok=True)
    (AVATAR_DIR / name).write_bytes(data)
    return {"user": user_id, "avatar": f"/media/avatars/{name}"}
