from decimal import Decimal

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

PRICES = {"mug": Decimal("8.00"), "poster": Decimal("15.00"), "shirt": Decimal("22.00")}
MAX_QUANTITY = 50


def parse_quantity(raw):
    try:
        value = int(raw)
    except (TypeError, ValueError):
        abort(400, description="quantity must be an integer")
    if value < 1 or value > MAX_QUANTITY:
        abort(400, description=f"quantity must be between 1 and {MAX_QUANTITY}")
    return value


@app.post("/orders")
def create_order():
    data = request.get_json(silent=True) or {}
    product = data.get("product")
    if product not in PRICES:
        abort(400, description="unknown product")
    quantity = parse_quantity(data.get("quantity"))
    total = PRICES[product] * quantity
    return jsonify(product=product, quantity=quantity, total=str(total)), 201
