import re
from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

app = Flask(__name__)
USERS = {}
COMMON = {"password123", "qwertyuiop12", "letmein12345", "123456789012"}


def strong_enough(username, password):
    if len(password) < 12 or password.lower() in COMMON:
        return False
    if username.lower() in password.lower():
        return False
    classes = [r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]"]
    return sum(bool(re.search(c, password)) for c in classes) >= 3


@app.post("/signup")
def signup():
    username = request.form["username"]
    password = request.form.get("password", "")
    if not strong_enough(username, password):
        return jsonify(error="password does not meet policy"), 400
    USERS[username] = generate_password_hash(password)
    return jsonify(created=username), 201
