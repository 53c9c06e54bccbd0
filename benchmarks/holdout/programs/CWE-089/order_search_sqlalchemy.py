from flask import Flask, request, jsonify
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql:///shop")
SORTS = {"created": "created_at", "total": "total"}


@app.route("/orders")
def orders():
    status = request.args.get("status", "open")
    column = SORTS.get(request.args.get("sort", "created"), "created_at")
    query = text(f"SELECT id, total FROM orders WHERE status = :status ORDER BY {column}")
    with engine.connect() as conn:
        rows = conn.execute(query, {"status": status}).all()
    return jsonify([list(r) for r in rows])
