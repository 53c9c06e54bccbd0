"""Positive example for request-quantity-used-without-range-check: args.get(type=int) only checks the type."""
from flask import Flask, request

app = Flask(__name__)
UNIT_GRAMS = 250


@app.get("/weight")
def weight():
    packs = request.args.get("packs", default=1, type=int)
    return {"grams": packs * UNIT_GRAMS}
