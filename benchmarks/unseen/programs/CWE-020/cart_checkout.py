from flask import Flask, request, jsonify

app = Flask(__name__)

PRICES = {"widget": 450, "gadget": 1299}
balances = {"alice": 10000}
MAX_QTY = 100


def read_quantity(raw):
    try:
        value = int(raw)
    except (TypeError, ValueError):
        return None
    if value < 1 or value > MAX_QTY:
        return None
    return value


@app.route("/order", methods=["POST"])
def place_order():
    user = request.form.get("user", "")
    item = request.form.get("item", "")
    if item not in PRICES:
        return jsonify(error="unknown item"), 404
    qty = read_quantity(request.form.get("quantity"))
    if qty is None:
        return jsonify(error="quantity must be 1-100"), 400
    total = PRICES[item] * qty
    if balances.get(user, 0) < total:
        return jsonify(error="insufficient funds"), 402
    balances[user] -= total
    return jsonify(user=user, item=item, quantity=qty, charged=total)
