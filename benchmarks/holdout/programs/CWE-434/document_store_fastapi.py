import uuid
from pathlib import Path
from fastapi import FastAPI, UploadFile, HTTPException

app = FastAPI()
STORE = Path("/var/lib/docstore")


@app.post("/documents")
async def upload(file: UploadFile):
    data = await file.read(20 * 1024 * 1024 + 1)
    if len(data) > 20 * 1024 * 1024:
        raise HTTPException(413)
    if not file.filename.lower().endswith(".pdf") or not data.startswith(b"%PDF-"):
        raise HTTPException(400, "only PDF documents are accepted")
    doc_id = uuid.uuid4().hex
    (STORE / (doc_id + ".pdf")).write_bytes(data)
    return {"id": doc_id}
