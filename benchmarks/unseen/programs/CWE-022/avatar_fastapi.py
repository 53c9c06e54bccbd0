from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
AVATARS = Path("/data/avatars").resolve()


@app.get("/avatars/{name}")
def get_avatar(name: str):
    wanted = (AVATARS / name).resolve()
    if not wanted.is_relative_to(AVATARS):
        raise HTTPException(status_code=400, detail="invalid name")
    if not wanted.is_file():
        raise HTTPException(status_code=404, detail="not found")
    return FileResponse(wanted, media_type="image/png")
