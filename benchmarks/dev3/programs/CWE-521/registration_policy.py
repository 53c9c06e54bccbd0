import re
import sqlite3

from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

app = Flask(__name__)
DB = "accounts.db"
COMMON = {"password", "123456789012", "qwertyuiop12", "letmein12345", "welcome12345"}


def password_problems(pw, email):
    problems = []
    if len(pw) < 12:
        problems.append("at least 12 characters")
    if len(pw) > 128:
        problems.append("at most 128 characters")
    if not re.search(r"[A-Za-z]", pw) or not re.search(r"\d", pw):
        problems.append("letters and digits")
    if pw.lower() in COMMON or email.split("@")[0].lower() in pw.lower():
        problems.append("not a common or personal password")
    return problems


@app.route("/api/signup", methods=["POST"])
def signup():
    body = request.get_json(force=True)
    email = str(body.get("email", "")).strip().lower()
    password = str(body.get("password", ""))
    if "@" not in email:
        return jsonify(error="invalid email"), 400
    problems = password_problems(password, email)
    if problems:
        return jsonify(error="password must have: " + ", ".join(problems)), 400
    with sqlite3.connect(DB) as conn:
        conn.execute("INSERT INTO users (email, pw_hash) VALUES (?, ?)",
                     (email, generate_password_hash(password)))
    return jsonify(status="created"), 201
