"""Negative example for request-quantity-used-without-range-check: the count is bounded before use."""
from flask import Flask, abort, request

app = Flask(__name__)
SEAT_PRICE = 35


@app.post("/book")
def book():
    try:
        seats = int(request.form.get("seats", "1"))
    except ValueError:
        abort(400)
    if seats < 1 or seats > 8:
        abort(400)
    return {"cost": SEAT_PRICE * seats}
