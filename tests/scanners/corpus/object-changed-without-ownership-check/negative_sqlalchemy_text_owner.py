"""Negative example for object-changed-without-ownership-check: the text() DELETE is scoped to the
signed-in account's rows."""

from fastapi import Depends, FastAPI
from sqlalchemy import text

from .auth import current_user
from .database import get_session

api = FastAPI()


@api.delete("/bookmarks/{bookmark_id}")
def remove_bookmark(bookmark_id: int, account=Depends(current_user), db=Depends(get_session)):
    db.execute(
        text("DELETE FROM bookmarks WHERE id = :bid AND owner_id = :me"),
        {"bid": bookmark_id, "me": account.id},
    )
    db.commit()
    return {"removed": bookmark_id}
