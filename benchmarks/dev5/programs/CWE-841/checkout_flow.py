"""Three step checkout: address -> payment -> confirm."""
import uuid

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.config.from_envvar("SHOP_SETTINGS")

ORDERS = {}


def cart_total(cart):
    return round(sum(item["price"] * item["qty"] for item in cart), 2)


@app.post("/checkout/address")
def set_address():
    session["address"] = request.get_json()["address"]
    session["step"] = "address"
    return jsonify(next="/checkout/payment")


@app.post("/checkout/payment")
def take_payment():
    if session.get("step") != "address":
        return jsonify(error="enter an address first"), 409
    charge_id = app.config["PAYMENTS"].charge(request.get_json()["card_token"], cart_total(session["cart"]))
    session["charge_id"] = charge_id
    session["step"] = "paid"
    return jsonify(next="/checkout/confirm")


@app.post("/checkout/confirm")
def confirm():
    cart = session.get("cart")
    if not cart or "address" not in session:
        return jsonify(error="nothing to confirm"), 400
    order_id = str(uuid.uuid4())
    ORDERS[order_id] = {
        "items": cart,
        "address": session["address"],
        "charge": session.get("charge_id"),
        "status": "to_ship",
    }
    session.pop("cart")
    return jsonify(order=order_id), 201
