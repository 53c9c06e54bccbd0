from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
SHARE = Path("/srv/share")


@app.post("/share/{folder}")
async def put_file(folder: str, file: UploadFile):
    target_dir = SHARE / folder
    if target_dir.resolve().parent != SHARE.resolve():
        raise HTTPException(400)
    target_dir.mkdir(exist_ok=True)
    name = Path(file.filename).name
    (target_dir / name).write_bytes(await file.read())
    return {"stored": f"{folder}/{name}"}
