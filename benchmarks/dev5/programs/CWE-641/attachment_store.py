import os
import uuid

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
STORE = "/var/lib/helpdesk/attachments"
ALLOWED = {".png", ".jpg", ".jpeg", ".pdf", ".txt"}


@app.post("/tickets/{ticket_id}/attachments")
async def add_attachment(ticket_id: int, file: UploadFile):
    ext = os.path.splitext(file.filename or "")[1].lower()
    if ext not in ALLOWED:
        raise HTTPException(status_code=415, detail="file type not allowed")
    stored_name = f"{ticket_id}-{uuid.uuid4().hex}{ext}"
    os.makedirs(STORE, exist_ok=True)
    with open(os.path.join(STORE, stored_name), "wb") as out:
        out.write(await file.read())
    # the original name is only kept as metadata for display
    return {"id": stored_name, "original_name": file.filename}
