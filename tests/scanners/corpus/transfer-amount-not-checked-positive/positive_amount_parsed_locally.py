"""Positive: the amount is parsed from the form in the view and moved between accounts unchecked for sign."""
from decimal import Decimal

from flask import Flask, request

app = Flask(__name__)
BALANCES = {"alice": Decimal("100"), "bob": Decimal("5")}


@app.post("/send")
def send():
    amount = Decimal(request.form["amount"])
    sender, receiver = request.form["from"], request.form["to"]
    if BALANCES[sender] < amount:
        return "insufficient", 400
    BALANCES[sender] -= amount
    BALANCES[receiver] += amount
    return "ok"
