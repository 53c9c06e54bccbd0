import string

import bcrypt
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
USERS = {}  # username -> bcrypt hash, filled by the auth module

MIN_LENGTH = 14


def strong_enough(candidate: str) -> bool:
    if len(candidate) < MIN_LENGTH or len(set(candidate)) < 6:
        return False
    has_letter = any(c in string.ascii_letters for c in candidate)
    has_other = any(c in string.digits or c in string.punctuation for c in candidate)
    return has_letter and has_other


class ChangeRequest(BaseModel):
    username: str
    current: str
    new: str


@app.post("/password")
def change_password(body: ChangeRequest):
    stored = USERS.get(body.username)
    if stored is None or not bcrypt.checkpw(body.current.encode(), stored):
        raise HTTPException(status_code=401, detail="invalid credentials")
    if not strong_enough(body.new):
        raise HTTPException(status_code=422, detail="new password does not meet the policy")
    USERS[body.username] = bcrypt.hashpw(body.new.encode(), bcrypt.gensalt())
    return {"changed": True}
