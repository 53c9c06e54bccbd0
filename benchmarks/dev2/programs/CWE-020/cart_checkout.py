from flask import Flask, request, jsonify

app = Flask(__name__)

PRODUCTS = {"sku-100": 19.99, "sku-200": 4.50, "sku-300": 120.00}
WALLETS = {"alice": 200.0, "bob": 35.0}


@app.route("/checkout", methods=["POST"])
def checkout():
    body = request.get_json(force=True)
    user = body["user"]
    sku = body["sku"]
    quantity = int(body["quantity"])

    if sku not in PRODUCTS:
        return jsonify(error="unknown product"), 404

    total = PRODUCTS[sku] * quantity
    if WALLETS.get(user, 0) < total:
        return jsonify(error="insufficient funds"), 402

    WALLETS[user] -= total
    return jsonify(user=user, charged=round(total, 2), balance=round(WALLETS[user], 2))


if __name__ == "__main__":
    app.run()
