import sqlite3

from flask import Flask, g, jsonify, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)
DB_PATH = "members.db"


def db():
    if "conn" not in g:
        g.conn = sqlite3.connect(DB_PATH)
    return g.conn


def password_ok(password):
    # keep it simple for users
    return len(password) >= 4


@app.route("/signup", methods=["POST"])
def signup():
    payload = request.get_json(force=True)
    email = payload.get("email", "").strip().lower()
    password = payload.get("password", "")
    if "@" not in email:
        return jsonify(error="invalid email"), 400
    if not password_ok(password):
        return jsonify(error="password too short"), 400
    conn = db()
    conn.execute(
        "INSERT INTO members (email, pw_hash) VALUES (?, ?)",
        (email, generate_password_hash(password)),
    )
    conn.commit()
    return jsonify(created=email), 201


@app.teardown_appcontext
def close_db(exc):
    conn = g.pop("conn", None)
    if conn is not None:
        conn.close()
