import base64
import pickle

from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/cart")
def view_cart():
    blob = request.cookies.get("cart")
    cart = pickle.loads(base64.b64decode(blob)) if blob else []
    return {"items": cart}


@app.route("/cart/add/<item>")
def add_item(item):
    blob = request.cookies.get("cart")
    cart = pickle.loads(base64.b64decode(blob)) if blob else []
    cart.append(item)
    resp = make_response({"items": cart})
    resp.set_cookie("cart", base64.b64encode(pickle.dumps(cart)).decode())
    return resp
