import secrets
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
STORE = Path("/srv/uploads")
PERMITTED_SUFFIXES = {".pdf", ".txt", ".csv"}
MAX_BYTES = 5 * 1024 * 1024


@app.post("/documents")
async def upload_document(file: UploadFile):
    suffix = Path(file.filename or "").suffix.lower()
    if suffix not in PERMITTED_SUFFIXES:
        raise HTTPException(status_code=415, detail="file type not allowed")
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413)
    if suffix == ".pdf" and not data.startswith(b"%PDF-"):
        raise HTTPException(status_code=415)
    target = STORE / (secrets.token_hex(16) + suffix)
    target.write_bytes(data)
    return {"id": target.stem}
