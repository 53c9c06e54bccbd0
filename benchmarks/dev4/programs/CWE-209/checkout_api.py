import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
log = logging.getLogger("checkout")


class PaymentDeclined(Exception):
    pass


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    incident = uuid.uuid4().hex[:12]
    log.exception("unhandled error %s on %s", incident, request.url.path)
    return JSONResponse(status_code=500,
                        content={"error": "internal error", "incident": incident})


@app.exception_handler(PaymentDeclined)
async def declined(request: Request, exc: PaymentDeclined):
    return JSONResponse(status_code=402, content={"error": "payment declined"})


def charge(card_token: str, cents: int):
    if cents <= 0:
        raise ValueError(f"amount must be positive, got {cents}")
    if card_token.startswith("tok_decline"):
        raise PaymentDeclined(card_token)
    return {"charged": cents}


@app.post("/checkout")
async def checkout(payload: dict):
    return charge(str(payload.get("card_token", "")), int(payload.get("cents", 0)))
