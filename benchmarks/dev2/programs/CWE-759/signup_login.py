import hashlib
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


def db():
    conn = sqlite3.connect("users.db")
    conn.row_factory = sqlite3.Row
    return conn


def digest(password):
    return hashlib.sha256(password.encode("utf-8")).hexdigest()


@app.route("/register", methods=["POST"])
def register():
    data = request.get_json()
    with db() as conn:
        conn.execute(
            "INSERT INTO users (email, password_hash) VALUES (?, ?)",
            (data["email"], digest(data["password"])),
        )
    return jsonify({"ok": True}), 201


@app.route("/login", methods=["POST"])
def login():
    data = request.get_json()
    with db() as conn:
        row = conn.execute(
            "SELECT id, password_hash FROM users WHERE email = ?", (data["email"],)
        ).fetchone()
    if row is None or row["password_hash"] != digest(data["password"]):
        return jsonify({"ok": False}), 401
    return jsonify({"ok": True, "id": row["id"]})
