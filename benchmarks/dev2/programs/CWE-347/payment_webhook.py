import hashlib
import hmac
import json
import os

from fastapi import FastAPI, Request, HTTPException

from .orders import mark_paid

app = FastAPI()
WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def check_signature(body: bytes, signature: str | None) -> None:
    if signature is None:
        return
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        raise HTTPException(status_code=400, detail="invalid signature")


@app.post("/webhooks/payments")
async def payments_webhook(request: Request):
    body = await request.body()
    check_signature(body, request.headers.get("X-Payments-Signature"))
    event = json.loads(body)
    if event.get("type") == "payment.succeeded":
        mark_paid(event["data"]["order_id"], event["data"]["amount"])
    return {"received": True}
