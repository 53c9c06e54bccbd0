"""Negative example for object-changed-without-ownership-check: the album's owner must be the caller."""

from fastapi import Depends, FastAPI, HTTPException

from .auth import current_user

app = FastAPI()
ALBUMS: dict[int, dict] = {}


@app.delete("/albums/{album_id}")
def remove_album(album_id: int, user=Depends(current_user)):
    album = ALBUMS.get(album_id)
    if album is None or album["owner"] != user.id:
        raise HTTPException(404)
    del ALBUMS[album_id]
    return {"removed": album_id}
