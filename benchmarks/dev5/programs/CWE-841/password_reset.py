"""Password reset via e-mailed one-time code (FastAPI)."""
import hmac
import secrets
import time

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
CODES = {}      # username -> (code, expires)
USERS = {}      # username -> user object with set_password(); populated by the app
CODE_TTL = 600


class StartReset(BaseModel):
    username: str


class VerifyCode(BaseModel):
    username: str
    code: str


class NewPassword(BaseModel):
    username: str
    password: str


@app.post("/reset/start")
def start(body: StartReset):
    user = USERS.get(body.username)
    if user:
        code = f"{secrets.randbelow(10**6):06d}"
        CODES[body.username] = (code, time.time() + CODE_TTL)
        user.send_mail("Your reset code", code)
    return {"sent": True}


@app.post("/reset/verify")
def verify(body: VerifyCode):
    code, expires = CODES.get(body.username, ("", 0))
    if time.time() > expires or not hmac.compare_digest(code, body.code):
        raise HTTPException(status_code=400, detail="invalid or expired code")
    return {"verified": True, "next": "/reset/complete"}


@app.post("/reset/complete")
def complete(body: NewPassword):
    user = USERS.get(body.username)
    if user is None:
        raise HTTPException(status_code=404, detail="unknown user")
    if len(body.password) < 12:
        raise HTTPException(status_code=422, detail="password too short")
    user.set_password(body.password)
    CODES.pop(body.username, None)
    return {"reset": True}
