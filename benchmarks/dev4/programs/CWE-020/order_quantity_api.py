from flask import Flask, request, jsonify

app = Flask(__name__)

PRICES = {"widget": 4.50, "gadget": 12.00, "gizmo": 7.25}
STOCK = {"widget": 100, "gadget": 40, "gizmo": 12}


def compute_total(item, qty):
    return round(PRICES[item] * qty, 2)


@app.route("/orders", methods=["POST"])
def create_order():
    payload = request.get_json(force=True)
    item = payload.get("item")
    qty = int(payload.get("quantity", 1))
    if item not in PRICES:
        return jsonify({"error": "unknown item"}), 404
    # reserve stock and charge the customer
    STOCK[item] -= qty
    total = compute_total(item, qty)
    return jsonify({"item": item, "quantity": qty, "total": total,
                    "remaining": STOCK[item]})


if __name__ == "__main__":
    app.run()
