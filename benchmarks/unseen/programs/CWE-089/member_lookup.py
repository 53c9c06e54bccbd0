import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)
DB = "app.db"


def find_user(username):
    conn = sqlite3.connect(DB)
    try:
        cur = conn.cursor()
        query = "SELECT id, username, email FROM users WHERE username = ?"
        cur.execute(query, (username,))
        return cur.fetchone()
    finally:
        conn.close()


@app.route("/users")
def users():
    row = find_user(request.args.get("name", ""))
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify(id=row[0], username=row[1], email=row[2])
