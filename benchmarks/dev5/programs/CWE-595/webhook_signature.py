import hashlib
import hmac
import os

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/webhooks/payments")
async def payment_webhook(request: Request, x_signature: str = Header(default=None)):
    if x_signature is None:
        raise HTTPException(status_code=400, detail="missing signature")
    body = await request.body()
    if not hmac.compare_digest(x_signature, expected_signature(body)):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = await request.json()
    return {"received": event.get("type")}
