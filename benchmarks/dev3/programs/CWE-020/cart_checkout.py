from decimal import Decimal

from flask import Flask, jsonify, request

app = Flask(__name__)

CATALOG = {
    "sku-100": Decimal("19.99"),
    "sku-200": Decimal("4.50"),
    "sku-300": Decimal("129.00"),
}


def charge_customer(customer_id, amount):
    # stand-in for the payment gateway client
    print(f"charging {customer_id}: {amount}")
    return {"customer": customer_id, "charged": str(amount)}


@app.route("/checkout", methods=["POST"])
def checkout():
    payload = request.get_json(force=True)
    customer_id = payload["customer_id"]
    total = Decimal("0")
    for line in payload.get("items", []):
        sku = line["sku"]
        if sku not in CATALOG:
            return jsonify(error=f"unknown item {sku}"), 400
        quantity = int(line["quantity"])
        total += CATALOG[sku] * quantity
    receipt = charge_customer(customer_id, total)
    return jsonify(receipt)


if __name__ == "__main__":
    app.run()
