import os
import uuid

from flask import Flask, session, request, jsonify, abort

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]

ORDERS = {}


def current_order():
    order_id = session.get("order_id")
    if order_id not in ORDERS:
        abort(404)
    return ORDERS[order_id]


@app.route("/checkout/start", methods=["POST"])
def start():
    order_id = uuid.uuid4().hex
    ORDERS[order_id] = {"items": request.json["items"], "state": "cart", "paid": False}
    session["order_id"] = order_id
    return jsonify({"order": order_id})


@app.route("/checkout/pay", methods=["POST"])
def pay():
    order = current_order()
    charge_ok = request.json.get("card_token") and len(order["items"]) > 0
    if charge_ok:
        order["paid"] = True
        order["state"] = "paid"
    return jsonify({"paid": order["paid"]})


@app.route("/checkout/confirm", methods=["POST"])
def confirm():
    order = current_order()
    order["state"] = "confirmed"
    order["shipping"] = request.json["address"]
    return jsonify({"order": session["order_id"], "state": order["state"], "ships": True})
