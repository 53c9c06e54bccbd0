from flask import Flask, jsonify, request

from .catalog import price_of
from .db import save_order

app = Flask(__name__)


def new_order():
    return {
        "items": [],
        "discount_pct": 0,
        "verified_customer": False,
        "shipping": "standard",
        "note": "",
    }


@app.post("/orders")
def create_order():
    order = new_order()
    order.update(request.get_json(force=True))
    subtotal = sum(price_of(i["sku"]) * int(i["qty"]) for i in order["items"])
    discount = order["discount_pct"] if order["verified_customer"] else 0
    total = round(subtotal * (100 - discount) / 100, 2)
    order_id = save_order(order, total)
    return jsonify(id=order_id, total=total)
