import hmac
import os
import sqlite3
from fastapi import FastAPI, Header, HTTPException

app = FastAPI()
ADMIN_TOKEN = os.environ["ADMIN_TOKEN"]


def require_admin(authorization: str):
    expected = "Bearer " + ADMIN_TOKEN
    if not hmac.compare_digest(authorization.encode(), expected.encode()):
        raise HTTPException(status_code=401)


@app.post("/admin/purge")
def purge(authorization: str = Header("")):
    require_admin(authorization)
    conn = sqlite3.connect("app.db")
    conn.execute("DELETE FROM users")
    conn.execute("DELETE FROM orders")
    conn.commit()
    return {"status": "purged"}
