"""Positive example for final-step-requestable-directly: ticket issuing does not check the payment."""

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

from .billing import capture_payment
from .tickets import issue_tickets

app = FastAPI()


@app.post("/buy/pay")
async def pay(request: Request):
    form = await request.form()
    capture_payment(form["card_token"], form["amount"])
    return RedirectResponse("/buy/done", status_code=303)


@app.get("/buy/done")
async def done(request: Request):
    tickets = issue_tickets(request.session["basket"])
    return {"tickets": tickets}
