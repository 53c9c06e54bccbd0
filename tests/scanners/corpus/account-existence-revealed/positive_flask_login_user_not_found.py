"""Positive example for account-existence-revealed: the login answers an unknown username differently from
a wrong password."""

from flask import Flask, request, session
from werkzeug.security import check_password_hash

from .db import find_user

app = Flask(__name__)


@app.post("/login")
def login():
    user = find_user(request.form["username"])
    if user is None:
        return {"error": "User not found"}, 401
    if not check_password_hash(user.pw_hash, request.form["password"]):
        return {"error": "Wrong password"}, 401
    session["uid"] = user.id
    return {"ok": True}
