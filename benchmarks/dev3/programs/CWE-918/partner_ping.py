"""Let integrators send a sample event to their registered webhook endpoint."""
import json
from urllib.parse import urlparse

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()

# hosts each partner registered with us during onboarding
PARTNER_ENDPOINTS = {
    "acme": "https://hooks.acme-logistics.com/orders",
    "globex": "https://api.globex.io/v1/webhooks/shop",
}


class WebhookTest(BaseModel):
    partner: str


@app.post("/webhooks/test")
async def send_test(body: WebhookTest):
    target = PARTNER_ENDPOINTS.get(body.partner)
    if target is None or urlparse(target).scheme != "https":
        raise HTTPException(404, "unknown partner")
    sample = {"event": "order.created", "data": {"id": "ord_test", "total": 0}}
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        resp = await client.post(target, content=json.dumps(sample),
                                 headers={"Content-Type": "application/json"})
    return {"delivered": resp.is_success, "status": resp.status_code}
