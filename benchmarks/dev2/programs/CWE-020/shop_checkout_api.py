from flask import Flask, request, jsonify

app = Flask(__name__)

PRODUCTS = {"sku-100": 19.99, "sku-200": 4.50, "sku-300": 120.00}
WALLETS = {"alice": 200.0, "bob": 35.0}
MAX_QTY = 50


def read_quantity(value):
    try:
        qty = int(value)
    except (TypeError, ValueError):
        return None
    if qty < 1 or qty > MAX_QTY:
        return None
    return qty


@app.route("/checkout", methods=["POST"])
def checkout():
    body = request.get_json(silent=True) or {}
    user = body.get("user")
    sku = body.get("sku")
    quantity = read_quantity(body.get("quantity"))

    if quantity is None:
        return jsonify(error=f"quantity must be between 1 and {MAX_QTY}"), 400
    if user not in WALLETS or sku not in PRODUCTS:
        return jsonify(error="unknown user or product"), 404

    total = PRODUCTS[sku] * quantity
    if WALLETS[user] < total:
        return jsonify(error="insufficient funds"), 402

    WALLETS[user] -= total
    return jsonify(user=user, charged=round(total, 2), balance=round(WALLETS[user], 2))
