"""A FastAPI registration model accepts any password of five or more characters."""
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()


class Signup(BaseModel):
    email: str
    password: str


@app.post("/register")
def register(body: Signup):
    if len(body.password) < 5:
        raise HTTPException(400, "password too short")
    return {"email": body.email}
