import hashlib
import sqlite3

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = open("/etc/forum/secret_key", "rb").read()
DB = "forum.db"


def hash_password(password):
    return hashlib.sha256(password.encode("utf-8")).hexdigest()


@app.route("/register", methods=["POST"])
def register():
    name = request.form["username"]
    pw = request.form["password"]
    if len(pw) < 12:
        return jsonify(error="password must be at least 12 characters"), 400
    with sqlite3.connect(DB) as conn:
        conn.execute("INSERT INTO users (name, pw) VALUES (?, ?)", (name, hash_password(pw)))
    return jsonify(ok=True), 201


@app.route("/login", methods=["POST"])
def login():
    name = request.form["username"]
    with sqlite3.connect(DB) as conn:
        row = conn.execute("SELECT pw FROM users WHERE name = ?", (name,)).fetchone()
    if row and row[0] == hash_password(request.form["password"]):
        session["user"] = name
        return jsonify(ok=True)
    return jsonify(error="invalid login"), 401
