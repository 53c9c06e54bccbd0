import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
DB_PATH = "app.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.route("/users")
def find_users():
    name = request.args.get("name", "")
    cur = get_db().execute(
        f"SELECT id, username, email FROM users WHERE username LIKE '%{name}%'"
    )
    return jsonify([dict(row) for row in cur.fetchall()])
