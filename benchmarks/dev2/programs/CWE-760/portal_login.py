import hashlib
import os
import sqlite3

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
PASSWORD_SALT = os.environ.get("PORTAL_SALT", "p0rtal-2019").encode()


class Credentials(BaseModel):
    email: str
    password: str


def hash_password(password: str) -> str:
    return hashlib.sha256(PASSWORD_SALT + password.encode()).hexdigest()


@app.post("/signup", status_code=201)
def signup(body: Credentials):
    with sqlite3.connect("portal.db") as conn:
        conn.execute(
            "INSERT INTO accounts (email, pw_hash) VALUES (?, ?)",
            (body.email, hash_password(body.password)),
        )
    return {"email": body.email}


@app.post("/login")
def login(body: Credentials):
    with sqlite3.connect("portal.db") as conn:
        row = conn.execute("SELECT pw_hash FROM accounts WHERE email = ?", (body.email,)).fetchone()
    if row is None or row[0] != hash_password(body.password):
        raise HTTPException(status_code=401)
    return {"ok": True}
