from flask import Flask, session, jsonify, abort

app = Flask(__name__)
app.secret_key = "k"
ORDERS = {}


@app.post("/checkout/start")
def start():
    oid = len(ORDERS) + 1
    ORDERS[oid] = {"items": session.get("cart", []), "state": "awaiting_payment"}
    session["order_id"] = oid
    return jsonify(step="payment")


@app.post("/checkout/pay")
def pay():
    order = ORDERS[session["order_id"]]
    if order["state"] != "awaiting_payment":
        abort(409)
    if charge_card(order):
        order["state"] = "paid"
    return jsonify(step="confirm")


@app.post("/checkout/confirm")
def confirm():
    order = ORDERS[session["order_id"]]
    if order["state"] != "paid":
        abort(409)
    order["state"] = "shipped"
    ship(order)
    return jsonify(status="shipped")


def charge_card(order):
    return True


def ship(order):
    print("shipping", order)
