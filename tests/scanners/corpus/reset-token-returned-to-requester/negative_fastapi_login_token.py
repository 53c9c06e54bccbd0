"""Negative example for reset-token-returned-to-requester: a session token is returned by the login
endpoint after the password was verified; the reset endpoint only mails its code."""

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from .store import check_password, issue_recovery_code, new_session_token, send_mail

api = FastAPI()


class Login(BaseModel):
    email: str
    password: str


@api.post("/login")
def login(body: Login):
    if not check_password(body.email, body.password):
        raise HTTPException(401)
    token = new_session_token(body.email)
    return {"token": token}


@api.post("/account/recover")
def recover(body: Login):
    code = issue_recovery_code(body.email)
    send_mail(body.email, f"https://app.example/recover?code={code}")
    return {"sent": True}
