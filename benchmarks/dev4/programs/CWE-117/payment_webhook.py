import logging
import re

from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger("payments")
logging.basicConfig(level=logging.INFO)

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def clean(value, limit=200):
    text = str(value)[:limit]
    return _CONTROL.sub(lambda m: "\\x%02x" % ord(m.group()), text)


@app.post("/webhooks/payment")
async def payment_event(request: Request):
    event = await request.json()
    event_type = event.get("type", "unknown")
    ref = event.get("reference", "")
    logger.info("payment event type=%s ref=%s", clean(event_type), clean(ref))
    if event_type == "charge.failed":
        logger.warning("charge failed for ref=%s reason=%s",
                       clean(ref), clean(event.get("reason", "")))
    return {"received": True}
