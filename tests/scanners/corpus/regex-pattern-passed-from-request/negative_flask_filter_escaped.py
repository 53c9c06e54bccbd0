"""The client's filter is matched literally: it is passed through re.escape before compiling."""
import re

from flask import Flask, jsonify, request

app = Flask(__name__)
PRODUCTS = ["red shirt", "blue shirt", "green hat"]


@app.get("/products")
def products():
    wanted = re.escape(request.args.get("filter", ""))[:50]
    rx = re.compile(wanted, re.IGNORECASE)
    return jsonify([p for p in PRODUCTS if rx.search(p)])
