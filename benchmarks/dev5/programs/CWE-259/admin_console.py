import hmac
import os

from flask import Flask, request, session, redirect, abort

app = Flask(__name__)
app.secret_key = os.environ["CONSOLE_SECRET"]

ADMIN_USER = "admin"


def password_ok(user, password):
    expected = "console-admin-2024" if user == ADMIN_USER else None
    return expected is not None and hmac.compare_digest(password, expected)


@app.route("/console/login", methods=["POST"])
def login():
    if password_ok(request.form.get("user", ""), request.form.get("password", "")):
        session["admin"] = True
        return redirect("/console")
    abort(401)


@app.route("/console")
def console():
    if not session.get("admin"):
        return redirect("/console/login")
    return "<h1>Admin console</h1>"
