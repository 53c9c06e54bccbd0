import re

from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

app = Flask(__name__)
USERS = {}
COMMON = {"password", "123456789012", "qwertyuiopas", "letmein12345"}


def password_problems(username, password):
    problems = []
    if len(password) < 12:
        problems.append("at least 12 characters")
    if password.lower() in COMMON or username.lower() in password.lower():
        problems.append("too easy to guess")
    classes = sum(bool(re.search(p, password)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^\w\s]"))
    if classes < 3:
        problems.append("mix letters, digits and symbols")
    return problems


@app.route("/signup", methods=["POST"])
def signup():
    username = request.form["username"].strip()
    password = request.form["password"]
    problems = password_problems(username, password)
    if problems:
        return jsonify({"error": problems}), 400
    USERS[username] = generate_password_hash(password)
    return jsonify({"created": username}), 201
