import hashlib
import hmac
import json
import os

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.post("/hooks/payments")
async def payment_hook(request: Request, x_signature: str = Header(...)):
    body = await request.body()
    expected = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, x_signature):
        raise HTTPException(status_code=400, detail="bad signature")
    event = json.loads(body)
    if event.get("type") == "payment.succeeded":
        mark_paid(event["data"]["order_id"])
    return {"received": True}


def mark_paid(order_id: str) -> None:
    print("paid", order_id)
