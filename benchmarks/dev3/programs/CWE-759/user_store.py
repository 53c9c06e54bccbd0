import hashlib
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
DB = "users.db"


def hash_password(password: str) -> str:
    return hashlib.sha256(password.encode("utf-8")).hexdigest()


@app.route("/register", methods=["POST"])
def register():
    data = request.get_json()
    with sqlite3.connect(DB) as conn:
        conn.execute("INSERT INTO users (name, pw) VALUES (?, ?)",
                     (data["name"], hash_password(data["password"])))
    return jsonify(ok=True), 201


@app.route("/login", methods=["POST"])
def login():
    data = request.get_json()
    with sqlite3.connect(DB) as conn:
        row = conn.execute("SELECT pw FROM users WHERE name = ?", (data["name"],)).fetchone()
    if row and row[0] == hash_password(data["password"]):
        return jsonify(ok=True)
    return jsonify(ok=False), 401
