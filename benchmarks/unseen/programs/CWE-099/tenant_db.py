import sqlite3
from flask import Flask, request, jsonify, g

app = Flask(__name__)
DATA_DIR = "/srv/tenants"


def tenant_connection():
    if "db" not in g:
        tenant = request.headers.get("X-Tenant", "default")
        g.db = sqlite3.connect(f"{DATA_DIR}/{tenant}.db")
    return g.db


@app.route("/notes")
def notes():
    rows = tenant_connection().execute("SELECT id, title FROM notes ORDER BY id").fetchall()
    return jsonify([{"id": r[0], "title": r[1]} for r in rows])


@app.teardown_appcontext
def close(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()
