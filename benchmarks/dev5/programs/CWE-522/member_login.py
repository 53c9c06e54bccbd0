import hashlib
import hmac
import os
import sqlite3

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
ITERATIONS = 600_000


def get_db():
    conn = sqlite3.connect("members.db")
    conn.execute("CREATE TABLE IF NOT EXISTS members (name TEXT PRIMARY KEY, salt BLOB, hash BLOB)")
    return conn


def derive(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)


@app.post("/members")
def add_member():
    name, password = request.form["name"], request.form["password"]
    salt = os.urandom(16)
    with get_db() as conn:
        conn.execute("INSERT INTO members VALUES (?, ?, ?)", (name, salt, derive(password, salt)))
    return jsonify(created=name), 201


@app.post("/login")
def login():
    name, password = request.form["name"], request.form["password"]
    row = get_db().execute("SELECT salt, hash FROM members WHERE name = ?", (name,)).fetchone()
    if row and hmac.compare_digest(derive(password, row[0]), row[1]):
        session["member"] = name
        return jsonify(ok=True)
    return jsonify(ok=False), 401
