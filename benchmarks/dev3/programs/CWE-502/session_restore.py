import base64
import pickle

from flask import Flask, request, jsonify, make_response

app = Flask(__name__)


def _decode_cart(raw):
    return pickle.loads(base64.urlsafe_b64decode(raw.encode()))


@app.route("/cart")
def show_cart():
    raw = request.cookies.get("cart")
    items = _decode_cart(raw) if raw else []
    total = sum(i["price"] * i["qty"] for i in items)
    return jsonify(items=items, total=total)


@app.route("/cart/add", methods=["POST"])
def add_item():
    raw = request.cookies.get("cart")
    items = _decode_cart(raw) if raw else []
    items.append({"sku": request.form["sku"], "qty": int(request.form["qty"]),
                  "price": float(request.form["price"])})
    resp = make_response(jsonify(count=len(items)))
    resp.set_cookie("cart", base64.urlsafe_b64encode(pickle.dumps(items)).decode())
    return resp
