"""Negative example for new-password-accepted-without-policy: length and a common-password list are enforced."""

import bcrypt
from flask import Flask, request

app = Flask(__name__)
COMMON = {"password", "123456", "qwerty", "letmein"}
USERS = {}


@app.post("/register")
def register():
    name = request.form["name"]
    password = request.form["password"]
    if len(password) < 12 or password.lower() in COMMON:
        return "choose a longer, less common password", 400
    USERS[name] = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    return "ok", 201
