"""Negative: the locally parsed amount is rejected unless positive before the balances move."""
from decimal import Decimal

from flask import Flask, request

app = Flask(__name__)
BALANCES = {"alice": Decimal("100"), "bob": Decimal("5")}


@app.post("/send")
def send():
    amount = Decimal(request.form["amount"])
    if amount <= 0:
        return "amount must be positive", 400
    sender, receiver = request.form["from"], request.form["to"]
    if BALANCES[sender] < amount:
        return "insufficient", 400
    BALANCES[sender] -= amount
    BALANCES[receiver] += amount
    return "ok"
