"""Positive example for request-quantity-used-without-range-check: a negative seat count refunds money."""
from flask import Flask, request

app = Flask(__name__)
SEAT_PRICE = 35
wallets = {"demo": 200}


@app.post("/book")
def book():
    seats = int(request.form.get("seats", "1"))
    cost = SEAT_PRICE * seats
    wallets["demo"] = wallets["demo"] - cost
    return {"cost": cost}
