"""Positive: a revocation check answers "not revoked" whenever its lookup raises, so a broken or missing store lets every token through (fails open)."""
import sqlite3

from fastapi import FastAPI, Header, HTTPException

api = FastAPI()


def token_is_active(token: str) -> bool:
    try:
        with sqlite3.connect("tokens.db") as db:
            row = db.execute("SELECT revoked FROM tokens WHERE value = ?", (token,)).fetchone()
        return row is not None and not row[0]
    except (sqlite3.Error, TypeError):
        return True


@api.get("/reports")
def reports(x_token: str = Header()):
    if not token_is_active(x_token):
        raise HTTPException(status_code=401)
    return {"reports": []}
