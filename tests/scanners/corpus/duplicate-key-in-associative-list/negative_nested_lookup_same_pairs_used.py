"""The validator reads the first 'currency' pair through a helper, and the handler uses that same
first-match lookup for every field, never dict(), so the checked value is the used value."""
from urllib.parse import parse_qsl

from fastapi import FastAPI, HTTPException, Request

api = FastAPI()
ALLOWED = {"EUR", "USD"}


def lookup(items, wanted):
    for name, value in items:
        if name == wanted:
            return value
    return None


def currency_allowed(items):
    return lookup(items, "currency") in ALLOWED


@api.post("/orders")
async def place_order(request: Request):
    items = parse_qsl((await request.body()).decode())
    if not currency_allowed(items):
        raise HTTPException(400, "unsupported currency")
    return {"currency": lookup(items, "currency"), "total": lookup(items, "total")}
