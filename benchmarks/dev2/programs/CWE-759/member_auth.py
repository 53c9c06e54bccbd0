import hashlib
import hmac
import os
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
ITERATIONS = 600_000


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
    return f"{salt.hex()}${dk.hex()}"


def check_password(password: str, stored: str) -> bool:
    salt_hex, _, _ = stored.partition("$")
    return hmac.compare_digest(hash_password(password, bytes.fromhex(salt_hex)), stored)


@app.route("/register", methods=["POST"])
def register():
    data = request.get_json()
    with sqlite3.connect("members.db") as conn:
        conn.execute(
            "INSERT INTO members (email, pw) VALUES (?, ?)",
            (data["email"], hash_password(data["password"])),
        )
    return jsonify({"ok": True}), 201


@app.route("/login", methods=["POST"])
def login():
    data = request.get_json()
    with sqlite3.connect("members.db") as conn:
        row = conn.execute("SELECT id, pw FROM members WHERE email = ?", (data["email"],)).fetchone()
    if row is None or not check_password(data["password"], row[1]):
        return jsonify({"ok": False}), 401
    return jsonify({"ok": True, "id": row[0]})
