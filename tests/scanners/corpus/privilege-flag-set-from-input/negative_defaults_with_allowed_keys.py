"""Negative example for privilege-flag-set-from-input: only allow-listed, harmless keys of the body are
merged into the server-set defaults; price and approval stay the server's."""

from fastapi import FastAPI, HTTPException, Request

from .store import save_subscription

app = FastAPI()
CLIENT_FIELDS = {"seats", "note"}


@app.post("/subscriptions")
async def subscribe(request: Request):
    body = await request.json()
    if set(body) - CLIENT_FIELDS:
        raise HTTPException(400, "unknown fields")
    sub = {"plan": "basic", "unit_price": 9.0, "approved": False, "seats": 1, "note": ""}
    sub.update(body)
    return {"id": save_subscription(sub)}
