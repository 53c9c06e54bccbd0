"""Negative example for account-existence-revealed: unknown users and wrong passwords get the same
answer."""

from flask import Flask, request, session
from werkzeug.security import check_password_hash

from .db import find_user

app = Flask(__name__)


@app.post("/login")
def login():
    user = find_user(request.form["username"])
    if user is None or not check_password_hash(user.pw_hash, request.form["password"]):
        return {"error": "Invalid username or password"}, 401
    session["uid"] = user.id
    return {"ok": True}
