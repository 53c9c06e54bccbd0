import os

from flask import Flask, session, request, jsonify

from shop import cart_total, charge_card, create_order

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.post("/checkout/shipping")
def shipping():
    session["shipping"] = request.get_json()["address"]
    session["step"] = "shipping"
    return jsonify(next="/checkout/payment")


@app.post("/checkout/payment")
def payment():
    if session.get("step") != "shipping":
        return jsonify(error="enter shipping first"), 409
    amount = cart_total(session["user_id"])
    charge_id = charge_card(request.get_json()["card_token"], amount)
    session["charge_id"] = charge_id
    session["step"] = "paid"
    return jsonify(next="/checkout/confirm")


@app.post("/checkout/confirm")
def confirm():
    order = create_order(
        user_id=session["user_id"],
        address=session.get("shipping"),
        charge_id=session.get("charge_id"),
    )
    session.pop("step", None)
    return jsonify(order_id=order.id, status="placed")
