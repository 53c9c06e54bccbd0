import os
import uuid

from flask import Flask, session, request, jsonify, abort

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]

ORDERS: dict[str, dict] = {}
NEXT_STATE = {"cart": "paid", "paid": "confirmed"}


def current_order() -> dict:
    order = ORDERS.get(session.get("order_id", ""))
    if order is None:
        abort(404)
    return order


def advance(order: dict, expected: str) -> None:
    if order["state"] != expected:
        abort(409, f"order is {order['state']}, expected {expected}")
    order["state"] = NEXT_STATE[expected]


@app.route("/checkout/start", methods=["POST"])
def start():
    order_id = uuid.uuid4().hex
    ORDERS[order_id] = {"items": request.json["items"], "state": "cart"}
    session["order_id"] = order_id
    return jsonify({"order": order_id})


@app.route("/checkout/pay", methods=["POST"])
def pay():
    order = current_order()
    if not request.json.get("card_token") or not order["items"]:
        abort(402)
    advance(order, "cart")
    return jsonify({"state": order["state"]})


@app.route("/checkout/confirm", methods=["POST"])
def confirm():
    order = current_order()
    advance(order, "paid")
    order["shipping"] = request.json["address"]
    return jsonify({"state": order["state"]})
