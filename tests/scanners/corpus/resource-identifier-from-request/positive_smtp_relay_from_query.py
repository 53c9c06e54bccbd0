"""Positive: a FastAPI diagnostics endpoint opens an SMTP connection to whatever relay host the query names."""
import smtplib

from fastapi import FastAPI, Request

api = FastAPI()


@api.get("/diag/smtp")
async def smtp_check(request: Request):
    relay = request.query_params.get("relay", "mail.internal")
    with smtplib.SMTP(relay, 25, timeout=5) as conn:
        code, banner = conn.noop()
    return {"code": code, "banner": banner.decode()}
