"""Positive example for request-quantity-used-without-range-check: a withdrawal amount is never bounded."""
from flask import Flask, request

app = Flask(__name__)
ledger = {"balance": 1000.0}


@app.post("/withdraw")
def withdraw():
    amount = float(request.get_json()["amount"])
    ledger["balance"] -= amount
    return {"balance": ledger["balance"]}
