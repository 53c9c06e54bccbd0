import os
import uuid

from flask import Flask, abort, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SHOP_SECRET"]
ORDERS = {}


def cart():
    return session.setdefault("cart", {"items": [], "shipping": None, "paid": False})


@app.route("/checkout/shipping", methods=["POST"])
def shipping():
    c = cart()
    c["shipping"] = request.get_json(force=True)["address"]
    session.modified = True
    return jsonify(step="payment")


@app.route("/checkout/payment", methods=["POST"])
def payment():
    c = cart()
    if not c["shipping"]:
        abort(409, "shipping address first")
    from .gateway import charge  # project payment gateway wrapper
    result = charge(request.get_json(force=True)["card_token"], len(c["items"]) * 1000)
    c["paid"] = result.ok
    session.modified = True
    return jsonify(step="confirm" if result.ok else "payment")


@app.route("/checkout/confirm", methods=["POST"])
def confirm():
    c = cart()
    if not c["items"]:
        abort(400, "cart is empty")
    order_id = uuid.uuid4().hex
    ORDERS[order_id] = {"items": c["items"], "ship_to": c["shipping"], "status": "to_ship"}
    session.pop("cart")
    return jsonify(order=order_id, status="to_ship")
