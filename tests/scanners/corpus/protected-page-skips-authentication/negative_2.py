"""Negative example for protected-page-skips-authentication: creating an account and resetting a
password are reached before anyone is logged in."""

from functools import wraps

from flask import Flask, redirect, request, session

app = Flask(__name__)


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if "uid" not in session:
            return redirect("/login")
        return view(*args, **kwargs)

    return wrapper


@app.route("/account/settings")
@login_required
def account_settings():
    return "settings"


@app.post("/account/new")
def create_account():
    return "created " + str(len(request.form))


@app.post("/password/forgot")
def forgot_password():
    return "mail sent"
