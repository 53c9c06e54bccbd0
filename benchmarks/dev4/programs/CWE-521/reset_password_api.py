"""FastAPI route that lets a user choose a new password."""
import string

from fastapi import APIRouter, HTTPException
from passlib.hash import argon2
from pydantic import BaseModel

router = APIRouter()
USERS = {}  # replaced by the real repository at startup


class NewPassword(BaseModel):
    username: str
    reset_code: str
    password: str


class PasswordPolicy:
    min_length = 14
    max_length = 128

    def check(self, pw: str, username: str):
        if not self.min_length <= len(pw) <= self.max_length:
            return f"length must be {self.min_length}-{self.max_length}"
        if len(set(pw)) < 6:
            return "too few distinct characters"
        has_letter = any(c in string.ascii_letters for c in pw)
        has_other = any(c not in string.ascii_letters for c in pw)
        if not (has_letter and has_other):
            return "use letters and at least one digit or symbol"
        if username.lower() in pw.lower():
            return "must not contain username"
        return None


policy = PasswordPolicy()


@router.post("/password/reset")
def reset(body: NewPassword):
    user = USERS.get(body.username)
    if user is None or user.get("reset_code") != body.reset_code:
        raise HTTPException(status_code=403, detail="invalid reset code")
    error = policy.check(body.password, body.username)
    if error:
        raise HTTPException(status_code=422, detail=error)
    user["pw_hash"] = argon2.hash(body.password)
    user.pop("reset_code", None)
    return {"status": "updated"}
