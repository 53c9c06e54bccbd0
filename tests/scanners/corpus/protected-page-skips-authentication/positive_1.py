"""Positive example for protected-page-skips-authentication: the rule must flag this."""

from functools import wraps

from flask import Flask, redirect, session

app = Flask(__name__)


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if "uid" not in session:
            return redirect("/login")
        return view(*args, **kwargs)

    return wrapper


@app.route("/dashboard")
@login_required
def dashboard():
    return "your dashboard"


@app.route("/billing")
def billing():
    return "your invoices"
