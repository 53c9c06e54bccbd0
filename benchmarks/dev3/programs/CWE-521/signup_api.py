import sqlite3

from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

app = Flask(__name__)
DB = "accounts.db"


def password_ok(pw):
    return pw is not None and len(pw) >= 4


@app.route("/api/signup", methods=["POST"])
def signup():
    body = request.get_json(force=True)
    email = body.get("email", "").strip().lower()
    password = body.get("password")
    if "@" not in email:
        return jsonify(error="invalid email"), 400
    if not password_ok(password):
        return jsonify(error="password too short"), 400
    with sqlite3.connect(DB) as conn:
        conn.execute(
            "INSERT INTO users (email, pw_hash) VALUES (?, ?)",
            (email, generate_password_hash(password)),
        )
    return jsonify(status="created"), 201
