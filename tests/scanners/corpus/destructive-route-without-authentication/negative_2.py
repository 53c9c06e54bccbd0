"""Negative example for destructive-route-without-authentication: a FastAPI auth dependency guards it."""
import sqlite3

from fastapi import Depends, FastAPI

from .auth import admin_only

app = FastAPI()


@app.delete("/audit", dependencies=[Depends(admin_only)])
def purge_audit():
    with sqlite3.connect("audit.db") as db:
        db.execute("DELETE FROM events")
    return {"purged": True}
