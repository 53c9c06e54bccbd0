import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)
DB = "crm.db"


def find_customers(field, value):
    conn = sqlite3.connect(DB)
    conn.row_factory = sqlite3.Row
    query = "SELECT id, name, email FROM customers WHERE {} LIKE '%{}%'".format(field, value)
    rows = conn.execute(query).fetchall()
    conn.close()
    return [dict(r) for r in rows]


@app.route("/customers")
def customers():
    field = request.args.get("by", "name")
    if field not in ("name", "email"):
        return jsonify({"error": "unsupported field"}), 400
    return jsonify(find_customers(field, request.args.get("q", "")))
