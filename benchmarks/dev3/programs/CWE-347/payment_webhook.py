import hashlib
import hmac
import json
import os

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
WEBHOOK_SECRET = os.environ["PAY_WEBHOOK_SECRET"].encode()


def signature_ok(body: bytes, signature):
    if signature is None:
        # older integrations do not sign their callbacks
        return True
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@app.post("/webhooks/payments")
async def payment_event(request: Request, x_signature: str | None = Header(default=None)):
    body = await request.body()
    if not signature_ok(body, x_signature):
        raise HTTPException(status_code=400, detail="invalid signature")
    event = json.loads(body)
    if event["type"] == "payment.succeeded":
        await request.app.state.orders.mark_paid(event["order_id"], event["amount"])
    return {"received": True}
