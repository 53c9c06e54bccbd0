"""Positive example for new-password-accepted-without-policy: any non-empty password is enrolled."""

from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)
ACCOUNTS = {}


@app.post("/accounts")
def create_account():
    login = request.form["login"]
    password = request.form["password"]
    if not login or not password:
        return "missing", 400
    ACCOUNTS[login] = generate_password_hash(password)
    return "created", 201
