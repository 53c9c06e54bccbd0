import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


class Cart:
    def __init__(self):
        self.items = []

    def total(self):
        return sum(price * qty for _, price, qty in self.items)


@app.route("/cart/restore", methods=["POST"])
def restore_cart():
    blob = request.cookies.get("saved_cart") or request.form.get("cart", "")
    if not blob:
        return jsonify(error="nothing to restore"), 400
    cart = pickle.loads(base64.urlsafe_b64decode(blob))
    return jsonify(items=len(cart.items), total=cart.total())


@app.route("/cart/save", methods=["POST"])
def save_cart():
    cart = Cart()
    for line in request.get_json(force=True).get("items", []):
        cart.items.append((line["sku"], float(line["price"]), int(line["qty"])))
    token = base64.urlsafe_b64encode(pickle.dumps(cart)).decode()
    resp = jsonify(saved=True)
    resp.set_cookie("saved_cart", token)
    return resp
