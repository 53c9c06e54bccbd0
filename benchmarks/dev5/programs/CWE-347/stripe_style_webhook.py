"""Receives signed webhooks from the payment provider."""
import hashlib
import hmac
import json
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
SIGNING_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
TOLERANCE = 300


def parse_signature_header(value: str) -> dict:
    parts = {}
    for item in value.split(","):
        k, _, v = item.partition("=")
        parts[k.strip()] = v.strip()
    return parts


def verify(body: bytes, header: str) -> None:
    parts = parse_signature_header(header)
    ts, sig = parts.get("t"), parts.get("v1")
    if not ts or not sig or not ts.isdigit():
        raise HTTPException(400, "malformed signature header")
    if abs(time.time() - int(ts)) > TOLERANCE:
        raise HTTPException(400, "timestamp outside tolerance")
    expected = hmac.new(SIGNING_SECRET, ts.encode() + b"." + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, sig):
        raise HTTPException(400, "signature mismatch")


@app.post("/webhooks/payments")
async def payments_webhook(request: Request, signature: str = Header(..., alias="X-Signature")):
    body = await request.body()
    verify(body, signature)
    event = json.loads(body)
    if event.get("type") == "charge.succeeded":
        pass  # mark order paid
    return {"received": True}
