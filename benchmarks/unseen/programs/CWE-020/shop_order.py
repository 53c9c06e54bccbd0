from flask import Flask, request, jsonify

app = Flask(__name__)

PRICES = {"widget": 450, "gadget": 1299}
balances = {"alice": 10000}


@app.route("/order", methods=["POST"])
def place_order():
    user = request.form.get("user", "")
    item = request.form.get("item", "")
    if item not in PRICES:
        return jsonify(error="unknown item"), 404
    qty = int(request.form.get("quantity", "1"))
    total = PRICES[item] * qty
    if balances.get(user, 0) < total:
        return jsonify(error="insufficient funds"), 402
    balances[user] = balances.get(user, 0) - total
    return jsonify(user=user, item=item, quantity=qty, charged=total)


if __name__ == "__main__":
    app.run()
