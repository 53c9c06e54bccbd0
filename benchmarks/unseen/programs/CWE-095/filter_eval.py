from flask import Flask, request, jsonify

app = Flask(__name__)
PRODUCTS = [
    {"name": "lamp", "price": 25, "stock": 4},
    {"name": "desk", "price": 180, "stock": 0},
    {"name": "chair", "price": 95, "stock": 12},
]


@app.route("/products")
def products():
    cond = request.args.get("where", "True")
    matched = [p for p in PRODUCTS if eval(cond, {}, dict(p))]
    return jsonify(matched)
