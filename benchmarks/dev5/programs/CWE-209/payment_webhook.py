"""Receive payment provider webhooks; errors are logged, not echoed."""
import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

log = logging.getLogger("webhooks")
app = FastAPI()


class WebhookError(Exception):
    pass


def apply_event(event):
    if event.get("type") not in {"payment.succeeded", "payment.failed"}:
        raise WebhookError(f"unsupported type {event.get('type')!r}")
    # ... update order state in the database ...
    return event["data"]["order_id"]


@app.post("/webhooks/payments")
async def payments(request: Request):
    try:
        event = await request.json()
        order_id = apply_event(event)
    except WebhookError as exc:
        return JSONResponse({"error": "unsupported event"}, status_code=400)
    except Exception:
        incident = uuid.uuid4().hex[:12]
        log.exception("webhook processing failed, incident=%s", incident)
        return JSONResponse({"error": "internal error", "incident": incident}, status_code=500)
    return {"received": True, "order": order_id}
