from flask import Flask, session, jsonify

app = Flask(__name__)
app.secret_key = "k"


@app.post("/checkout/start")
def start():
    session["order"] = {"items": session.get("cart", []), "paid": False}
    return jsonify(step="payment")


@app.post("/checkout/pay")
def pay():
    session["order"]["paid"] = charge_card(session["order"])
    session.modified = True
    return jsonify(step="confirm")


@app.post("/checkout/confirm")
def confirm():
    ship(session["order"])
    return jsonify(status="shipped")


def charge_card(order):
    return True


def ship(order):
    print("shipping", order)
