import math

from flask import Flask, jsonify, request

app = Flask(__name__)
ARTICLES = [{"id": i, "title": f"Article {i}"} for i in range(1, 138)]


def page_slice(items, page, per_page):
    pages = max(1, math.ceil(len(items) / per_page))
    page = min(max(page, 1), pages)
    start = (page - 1) * per_page
    return items[start:start + per_page], page, pages


@app.route("/articles")
def articles():
    page = request.args.get("page", 1, type=int)
    per_page = min(request.args.get("per_page", 20, type=int) or 20, 100)
    chunk, page, pages = page_slice(ARTICLES, page, per_page)
    return jsonify(items=chunk, page=page, pages=pages)
