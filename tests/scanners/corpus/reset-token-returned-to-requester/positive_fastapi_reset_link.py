"""Positive example for reset-token-returned-to-requester: the recovery endpoint mails a link and also
echoes the same link, token included, in its response."""

from fastapi import FastAPI
from pydantic import BaseModel

from .store import issue_recovery_code, send_mail

api = FastAPI()


class Recover(BaseModel):
    email: str


@api.post("/account/recover")
def recover(body: Recover):
    code = issue_recovery_code(body.email)
    send_mail(body.email, f"https://app.example/recover?code={code}")
    return {"sent": True, "link": f"https://app.example/recover?code={code}"}
