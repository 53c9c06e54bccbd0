"""Negative example for new-password-accepted-without-policy: a strength helper gates the enrolment."""

from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)
USERS = {}


def strong_enough(candidate, login):
    classes = sum(any(f(c) for c in candidate) for f in (str.islower, str.isupper, str.isdigit))
    return len(candidate) >= 12 and classes >= 2 and login.lower() not in candidate.lower()


@app.post("/signup")
def signup():
    login = request.form["login"]
    password = request.form.get("password", "")
    if not strong_enough(password, login):
        return "weak password", 400
    USERS[login] = generate_password_hash(password)
    return "ok", 201
