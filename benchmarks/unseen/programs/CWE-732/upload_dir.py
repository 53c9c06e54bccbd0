import os
from pathlib import Path

from fastapi import FastAPI, UploadFile

app = FastAPI()
DATA = Path("/srv/app/data")


@app.on_event("startup")
def prepare():
    os.umask(0o077)
    DATA.mkdir(parents=True, exist_ok=True, mode=0o750)


@app.post("/blobs/{blob_id}")
async def put_blob(blob_id: int, file: UploadFile):
    path = DATA / f"{blob_id}.bin"
    path.write_bytes(await file.read())
    path.chmod(0o640)
    return {"stored": blob_id}
