import sqlite3
from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/users/<int:user_id>")
def public_profile(user_id):
    conn = sqlite3.connect("app.db")
    row = conn.execute("SELECT id, display_name, bio FROM users WHERE id = ?", (user_id,)).fetchone()
    conn.close()
    if not row:
        return "", 404
    return jsonify(id=row[0], display_name=row[1], bio=row[2])
