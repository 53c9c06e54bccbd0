"""Positive example for regex-assembled-from-unescaped-input: a Flask search splices the query term into an f-string regex kept in a variable."""
import re

from flask import Flask, jsonify, request

app = Flask(__name__)
PRODUCTS = ["blue mug", "bluetooth speaker", "red chair"]


@app.get("/products")
def search_products():
    term = request.args.get("q", "")
    matcher = rf"\b{term}\w*"
    return jsonify([p for p in PRODUCTS if re.search(matcher, p, re.IGNORECASE)])
