"""Positive example for object-changed-without-ownership-check: any signed-in user deletes any album."""

from fastapi import Depends, FastAPI, HTTPException

from .auth import current_user

app = FastAPI()
ALBUMS: dict[int, dict] = {}


@app.delete("/albums/{album_id}")
def remove_album(album_id: int, user=Depends(current_user)):
    if album_id not in ALBUMS:
        raise HTTPException(404)
    del ALBUMS[album_id]
    return {"removed": album_id}
