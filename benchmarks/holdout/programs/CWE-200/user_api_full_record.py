import sqlite3
from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/users/<int:user_id>")
def public_profile(user_id):
    conn = sqlite3.connect("app.db")
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()
    conn.close()
    return jsonify(dict(row)) if row else ("", 404)
