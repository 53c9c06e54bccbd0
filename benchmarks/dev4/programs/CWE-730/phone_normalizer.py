"""Normalise phone numbers coming from the signup form."""
import re

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
MAX_LEN = 32
DIGITS_ONLY = re.compile(r"\D")
E164 = re.compile(r"\+[1-9][0-9]{6,14}")


class Contact(BaseModel):
    name: str
    phone: str


def normalize(raw: str) -> str:
    if len(raw) > MAX_LEN:
        raise ValueError("too long")
    has_plus = raw.strip().startswith("+")
    digits = DIGITS_ONLY.sub("", raw)
    candidate = ("+" if has_plus else "+1") + digits
    if not E164.fullmatch(candidate):
        raise ValueError("not a valid phone number")
    return candidate


@app.post("/contacts")
def create_contact(contact: Contact):
    try:
        phone = normalize(contact.phone)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc))
    return {"name": contact.name, "phone": phone}
