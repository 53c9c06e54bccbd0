"""Negative example for final-step-requestable-directly: the payment is recorded and checked."""

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import RedirectResponse

from .billing import capture_payment
from .tickets import issue_tickets

app = FastAPI()


@app.post("/buy/pay")
async def pay(request: Request):
    form = await request.form()
    receipt = capture_payment(form["card_token"], form["amount"])
    request.session["paid_receipt"] = receipt.id
    return RedirectResponse("/buy/done", status_code=303)


@app.get("/buy/done")
async def done(request: Request):
    if not request.session.get("paid_receipt"):
        raise HTTPException(402)
    tickets = issue_tickets(request.session["basket"])
    return {"tickets": tickets}
