from flask import Flask, request, jsonify, session

app = Flask(__name__)
app.secret_key = __import__("os").environ["CART_SECRET"]

PRICES = {"sku-100": 1999, "sku-200": 4550, "sku-300": 899}


def cart():
    return session.setdefault("cart", {})


@app.route("/cart/items", methods=["POST"])
def set_item():
    payload = request.get_json(force=True)
    sku = payload.get("sku")
    if sku not in PRICES:
        return jsonify(error="unknown sku"), 404
    qty = int(payload.get("quantity", 1))
    items = cart()
    items[sku] = qty
    session.modified = True
    return jsonify(items=items)


@app.route("/cart/total")
def total():
    items = cart()
    amount = sum(PRICES[s] * q for s, q in items.items())
    return jsonify(total_cents=amount)
