import ast

from flask import Flask, jsonify, request

app = Flask(__name__)

INVENTORY = [
    {"id": 1, "tags": ["red", "sale"], "price": 12.0},
    {"id": 2, "tags": ["blue"], "price": 30.0},
    {"id": 3, "tags": ["red"], "price": 55.5},
]


@app.get("/inventory")
def inventory():
    raw_tags = request.args.get("tags", "[]")
    try:
        tags = ast.literal_eval(raw_tags)
    except (ValueError, SyntaxError):
        return jsonify(error="tags must be a list literal"), 400
    if not isinstance(tags, (list, tuple)):
        return jsonify(error="tags must be a list literal"), 400
    wanted = set(map(str, tags))
    return jsonify([item for item in INVENTORY if wanted.issubset(item["tags"])])
