import base64
import hashlib
import hmac
import json
import os

from flask import Flask, request, jsonify, make_response, abort

app = Flask(__name__)
KEY = os.environ["CART_SIGNING_KEY"].encode()


def _sign(payload: bytes) -> str:
    mac = hmac.new(KEY, payload, hashlib.sha256).hexdigest()
    return base64.urlsafe_b64encode(payload).decode() + "." + mac


def _load(raw):
    if not raw:
        return []
    body, _, mac = raw.rpartition(".")
    payload = base64.urlsafe_b64decode(body.encode())
    if not hmac.compare_digest(mac, hmac.new(KEY, payload, hashlib.sha256).hexdigest()):
        abort(400)
    return json.loads(payload)


@app.route("/cart")
def show_cart():
    items = _load(request.cookies.get("cart"))
    return jsonify(items=items, total=sum(i["price"] * i["qty"] for i in items))


@app.route("/cart/add", methods=["POST"])
def add_item():
    items = _load(request.cookies.get("cart"))
    items.append({"sku": request.form["sku"], "qty": int(request.form["qty"]),
                  "price": float(request.form["price"])})
    resp = make_response(jsonify(count=len(items)))
    resp.set_cookie("cart", _sign(json.dumps(items).encode()), httponly=True)
    return resp
