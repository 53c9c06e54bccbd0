import json

from flask import Flask, make_response, request
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
app.config.from_envvar("SHOP_SETTINGS")
signer = URLSafeSerializer(app.config["SECRET_KEY"], salt="cart")


def read_cart():
    blob = request.cookies.get("cart")
    if not blob:
        return []
    try:
        return list(signer.loads(blob))
    except BadSignature:
        return []


@app.route("/cart/add/<item>")
def add_item(item):
    cart = read_cart()
    cart.append(item)
    resp = make_response(json.dumps({"items": cart}))
    resp.set_cookie("cart", signer.dumps(cart))
    return resp
