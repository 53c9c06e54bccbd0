"""Positive example for privilege-flag-set-from-input: a subscription's server-set defaults (plan price,
approved flag) are overwritten wholesale by the JSON body in a FastAPI handler."""

from fastapi import FastAPI, Request

from .store import save_subscription

app = FastAPI()

BASE = {"plan": "basic", "unit_price": 9.0, "approved": False, "seats": 1}


@app.post("/subscriptions")
async def subscribe(request: Request):
    sub = dict(plan="basic", unit_price=9.0, approved=False, seats=1)
    sub.update(await request.json())
    return {"id": save_subscription(sub)}
