from flask import Flask, request, jsonify

app = Flask(__name__)
PRICES = {"apple": 3, "pear": 4}


@app.post("/order")
def order():
    item = request.form.get("item", "")
    qty = int(request.form.get("qty", "1"))
    if item not in PRICES:
        return jsonify(error="unknown item"), 400
    total = PRICES[item] * qty
    charge_customer(request.form.get("customer"), total)
    return jsonify(total=total)


def charge_customer(customer, amount):
    print("charging", customer, amount)
