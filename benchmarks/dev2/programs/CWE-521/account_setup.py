import re
from pathlib import Path

import bcrypt
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()

MIN_LENGTH = 12
COMMON = {
    line.strip().lower()
    for line in Path("common-passwords.txt").read_text().splitlines()
    if line.strip()
}


class NewAccount(BaseModel):
    email: str
    password: str


def password_problems(password: str, email: str) -> list[str]:
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append(f"use at least {MIN_LENGTH} characters")
    if password.lower() in COMMON:
        problems.append("this password is too common")
    if email.split("@")[0].lower() in password.lower():
        problems.append("do not include your email name")
    classes = sum(bool(re.search(p, password)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^\w]"))
    if classes < 3 and len(password) < 20:
        problems.append("mix upper, lower, digits and symbols, or use a longer passphrase")
    return problems


@app.post("/accounts", status_code=201)
def create_account(body: NewAccount):
    problems = password_problems(body.password, body.email)
    if problems:
        raise HTTPException(status_code=422, detail=problems)
    digest = bcrypt.hashpw(body.password.encode(), bcrypt.gensalt())
    return {"email": body.email, "stored": bool(digest)}
