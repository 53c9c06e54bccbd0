from flask import Flask, jsonify, session

app = Flask(__name__)
app.secret_key = "k"
ORDERS = {}


@app.route("/order/<oid>/pay", methods=["POST"])
def pay(oid):
    ORDERS.setdefault(oid, {})["paid"] = charge_card(session.get("card"), 49.0)
    return jsonify(ORDERS[oid])


@app.route("/order/<oid>/ship", methods=["POST"])
def ship(oid):
    order = ORDERS.setdefault(oid, {})
    order["shipped"] = True
    return jsonify({"tracking": f"TRK{oid}"})


def charge_card(card, amount):
    return card is not None
