"""Positive example for object-changed-without-ownership-check: SQLAlchemy text() deletes a bookmark by
its id alone; the signed-in user is known but never tied to the row."""

from fastapi import Depends, FastAPI
from sqlalchemy import text

from .auth import current_user
from .database import get_session

api = FastAPI()


@api.delete("/bookmarks/{bookmark_id}")
def remove_bookmark(bookmark_id: int, account=Depends(current_user), db=Depends(get_session)):
    db.execute(text("DELETE FROM bookmarks WHERE id = :bid"), {"bid": bookmark_id})
    db.commit()
    return {"removed": bookmark_id}
