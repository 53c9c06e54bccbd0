import hashlib
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def get_conn():
    conn = sqlite3.connect("app.db")
    conn.execute("CREATE TABLE IF NOT EXISTS users (email TEXT PRIMARY KEY, pw TEXT)")
    return conn


def hash_password(password):
    return hashlib.sha256(password.encode("utf-8")).hexdigest()


@app.route("/register", methods=["POST"])
def register():
    email = request.json["email"].lower()
    with get_conn() as conn:
        conn.execute("INSERT INTO users VALUES (?, ?)", (email, hash_password(request.json["password"])))
    return jsonify(ok=True), 201


@app.route("/login", methods=["POST"])
def login():
    row = get_conn().execute("SELECT pw FROM users WHERE email = ?", (request.json["email"].lower(),)).fetchone()
    ok = row is not None and row[0] == hash_password(request.json["password"])
    return jsonify(ok=ok), (200 if ok else 401)
