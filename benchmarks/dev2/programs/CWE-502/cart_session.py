import base64
import pickle

from flask import Flask, request, make_response, jsonify

app = Flask(__name__)


def load_cart():
    raw = request.cookies.get("cart")
    if not raw:
        return {}
    return pickle.loads(base64.b64decode(raw))


def save_cart(resp, cart):
    resp.set_cookie("cart", base64.b64encode(pickle.dumps(cart)).decode())
    return resp


@app.route("/cart")
def view_cart():
    return jsonify(load_cart())


@app.route("/cart/add", methods=["POST"])
def add_item():
    cart = load_cart()
    sku = request.form["sku"]
    qty = int(request.form.get("qty", 1))
    cart[sku] = cart.get(sku, 0) + qty
    return save_cart(make_response(jsonify(cart)), cart)


if __name__ == "__main__":
    app.run()
