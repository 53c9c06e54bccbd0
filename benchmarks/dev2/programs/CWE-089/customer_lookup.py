import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
DB_PATH = "customers.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.route("/customers")
def find_customers():
    last_name = request.args.get("last_name", "")
    city = request.args.get("city", "")
    sql = f"SELECT id, first_name, last_name, email FROM customers WHERE last_name = '{last_name}'"
    if city:
        sql += f" AND city = '{city}'"
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()
