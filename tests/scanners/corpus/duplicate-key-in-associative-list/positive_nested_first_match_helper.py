"""A FastAPI form handler: a validator checks the first 'currency' pair (through a lookup helper), but
the order is built from dict(pairs), which keeps the last 'currency' a client repeats."""
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
    order = dict(items)
    return {"currency": order["currency"], "total": order.get("total")}
