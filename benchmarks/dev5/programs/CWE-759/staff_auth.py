import bcrypt
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
STAFF: dict[str, bytes] = {}


class Credentials(BaseModel):
    username: str
    password: str


@app.post("/staff")
def create_staff(creds: Credentials):
    if creds.username in STAFF:
        raise HTTPException(status_code=409, detail="exists")
    STAFF[creds.username] = bcrypt.hashpw(creds.password.encode(), bcrypt.gensalt(rounds=12))
    return {"created": creds.username}


@app.post("/staff/login")
def staff_login(creds: Credentials):
    stored = STAFF.get(creds.username)
    if stored is None or not bcrypt.checkpw(creds.password.encode(), stored):
        raise HTTPException(status_code=401, detail="invalid credentials")
    return {"ok": True}
