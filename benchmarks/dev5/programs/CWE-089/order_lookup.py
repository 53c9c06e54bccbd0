import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


def get_db():
    conn = sqlite3.connect("shop.db")
    conn.row_factory = sqlite3.Row
    return conn


@app.route("/orders")
def orders():
    customer = request.args.get("customer", "")
    status = request.args.get("status", "open")
    sql = "SELECT id, total, status FROM orders WHERE customer = '%s' AND status = '%s'" % (
        customer, status)
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])
