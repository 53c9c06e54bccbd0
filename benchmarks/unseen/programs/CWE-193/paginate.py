from flask import Flask, request, jsonify, abort

app = Flask(__name__)
ITEMS = [f"item-{i}" for i in range(1, 48)]
PER_PAGE = 10


@app.route("/items")
def items():
    page = request.args.get("page", 1, type=int)
    pages = len(ITEMS) // PER_PAGE
    if page < 1 or page > pages:
        abort(404)
    start = (page - 1) * PER_PAGE
    return jsonify(page=page, pages=pages, items=ITEMS[start:start + PER_PAGE])
