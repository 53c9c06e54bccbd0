import hashlib
import hmac
import os
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
DB = "users.db"


def hash_password(password: str, salt: bytes = None):
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 600_000)
    return salt.hex() + "$" + digest.hex()


def check_password(password: str, stored: str) -> bool:
    salt_hex, _ = stored.split("$", 1)
    return hmac.compare_digest(hash_password(password, bytes.fromhex(salt_hex)), stored)


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
    if row and check_password(data["password"], row[0]):
        return jsonify(ok=True)
    return jsonify(ok=False), 401
