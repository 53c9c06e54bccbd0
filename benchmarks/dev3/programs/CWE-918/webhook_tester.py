"""Let integrators send a sample event to their webhook endpoint."""
import ipaddress
import json
from urllib.parse import urlparse

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
BLOCKED_HOSTS = {"localhost", "127.0.0.1", "0.0.0.0", "metadata.google.internal"}


class WebhookTest(BaseModel):
    endpoint: str


def check_target(endpoint):
    host = urlparse(endpoint).hostname or ""
    if host in BLOCKED_HOSTS:
        raise HTTPException(400, "endpoint not allowed")
    try:
        if ipaddress.ip_address(host).is_loopback:
            raise HTTPException(400, "endpoint not allowed")
    except ValueError:
        pass
    return endpoint


@app.post("/webhooks/test")
async def send_test(body: WebhookTest):
    target = check_target(body.endpoint)
    sample = {"event": "order.created", "data": {"id": "ord_test", "total": 0}}
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.post(target, content=json.dumps(sample),
                                 headers={"Content-Type": "application/json"})
    return {"delivered": resp.is_success, "status": resp.status_code, "body": resp.text[:500]}
