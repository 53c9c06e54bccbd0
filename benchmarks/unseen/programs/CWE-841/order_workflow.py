from flask import Flask, abort, jsonify

app = Flask(__name__)
ORDERS = {"1001": {"state": "created"}}
TRANSITIONS = {"pay": ("created", "paid"), "ship": ("paid", "shipped")}


def advance(oid, action):
    order = ORDERS.get(oid)
    if order is None:
        abort(404)
    required, new_state = TRANSITIONS[action]
    if order["state"] != required:
        abort(409, description=f"cannot {action} an order in state {order['state']}")
    order["state"] = new_state
    return order


@app.route("/order/<oid>/pay", methods=["POST"])
def pay(oid):
    return jsonify(advance(oid, "pay"))


@app.route("/order/<oid>/ship", methods=["POST"])
def ship(oid):
    return jsonify(advance(oid, "ship"))
