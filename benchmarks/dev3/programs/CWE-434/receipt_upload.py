import os
import uuid

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
RECEIPT_DIR = "/var/lib/expenses/receipts"  # outside any served directory
ALLOWED = {".pdf": b"%PDF-", ".png": b"\x89PNG\r\n\x1a\n", ".jpg": b"\xff\xd8\xff", ".jpeg": b"\xff\xd8\xff"}
MAX_BYTES = 10 * 1024 * 1024


@app.post("/expenses/{expense_id}/receipt")
async def upload_receipt(expense_id: int, file: UploadFile):
    ext = os.path.splitext(file.filename or "")[1].lower()
    magic = ALLOWED.get(ext)
    if magic is None:
        raise HTTPException(415, "only PDF, PNG or JPEG receipts")
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(413)
    if not data.startswith(magic):
        raise HTTPException(415, "content does not match extension")
    stored = f"{uuid.uuid4().hex}{ext}"
    with open(os.path.join(RECEIPT_DIR, stored), "xb") as out:
        out.write(data)
    return {"expense": expense_id, "receipt": stored}
