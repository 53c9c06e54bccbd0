import sqlite3

from werkzeug.security import generate_password_hash
from flask import Flask, jsonify, request

app = Flask(__name__)
DB_PATH = "accounts.db"


def db():
    conn = sqlite3.connect(DB_PATH)
    conn.execute(
        "CREATE TABLE IF NOT EXISTS users (username TEXT PRIMARY KEY, pw_hash TEXT)"
    )
    return conn


@app.route("/signup", methods=["POST"])
def signup():
    data = request.get_json(force=True)
    username = (data.get("username") or "").strip()
    password = data.get("password") or ""
    if not username:
        return jsonify(error="username required"), 400
    if len(password) < 4:
        return jsonify(error="password too short"), 400
    with db() as conn:
        try:
            conn.execute(
                "INSERT INTO users VALUES (?, ?)",
                (username, generate_password_hash(password)),
            )
        except sqlite3.IntegrityError:
            return jsonify(error="username taken"), 409
    return jsonify(created=username), 201
