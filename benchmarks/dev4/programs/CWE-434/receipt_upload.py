import os
import uuid

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()
STORAGE = "/srv/receipts"  # not exposed by the web server
ALLOWED = {".pdf": b"%PDF-", ".png": b"\x89PNG\r\n\x1a\n", ".jpg": b"\xff\xd8\xff"}
MAX_SIZE = 5 * 1024 * 1024


@app.post("/expenses/{expense_id}/receipt")
async def upload_receipt(expense_id: int, file: UploadFile = File(...)):
    ext = os.path.splitext(file.filename or "")[1].lower()
    if ext == ".jpeg":
        ext = ".jpg"
    magic = ALLOWED.get(ext)
    if magic is None:
        raise HTTPException(status_code=415, detail="pdf, png or jpg only")
    data = await file.read(MAX_SIZE + 1)
    if len(data) > MAX_SIZE:
        raise HTTPException(status_code=413, detail="file too large")
    if not data.startswith(magic):
        raise HTTPException(status_code=415, detail="content does not match extension")
    stored = f"{expense_id}-{uuid.uuid4().hex}{ext}"
    with open(os.path.join(STORAGE, stored), "wb") as fh:
        fh.write(data)
    return {"stored_as": stored}
