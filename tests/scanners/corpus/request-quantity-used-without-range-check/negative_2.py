"""Negative example for request-quantity-used-without-range-check: the value is clamped to a range."""
from flask import Flask, request

app = Flask(__name__)


@app.get("/page")
def page():
    size = int(request.args.get("size", "20"))
    size = max(1, min(size, 100))
    return {"offset": size * 3}
