import datetime
import os

import jwt
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
SIGNING_KEY = os.environ["JWT_SIGNING_KEY"]
if len(SIGNING_KEY) < 32:
    raise RuntimeError("JWT_SIGNING_KEY is too short")


class Credentials(BaseModel):
    username: str
    password: str


def check_password(username: str, password: str) -> bool:
    from .users import verify_user
    return verify_user(username, password)


@app.post("/token")
def issue_token(creds: Credentials):
    if not check_password(creds.username, creds.password):
        raise HTTPException(status_code=401, detail="invalid credentials")
    now = datetime.datetime.now(datetime.timezone.utc)
    claims = {"sub": creds.username, "iat": now, "exp": now + datetime.timedelta(minutes=30)}
    return {"access_token": jwt.encode(claims, SIGNING_KEY, algorithm="HS256")}
