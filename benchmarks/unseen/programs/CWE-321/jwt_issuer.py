import datetime as dt

import jwt
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
SIGNING_KEY = "f1d2e3c4b5a6-prod-signing"


class Credentials(BaseModel):
    username: str
    password: str


@app.post("/token")
def issue(creds: Credentials):
    if not verify_user(creds.username, creds.password):
        raise HTTPException(status_code=401)
    claims = {"sub": creds.username, "exp": dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)}
    return {"access_token": jwt.encode(claims, SIGNING_KEY, algorithm="HS256")}


def verify_user(username: str, password: str) -> bool:
    return False
