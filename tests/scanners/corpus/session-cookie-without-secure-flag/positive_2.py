"""Positive example for session-cookie-without-secure-flag: the login lives in Flask's session cookie.

SESSION_COOKIE_SECURE is never set, so the signed session cookie is also sent over plain HTTP.
"""

import os

from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.post("/signin")
def signin():
    session["account"] = request.form["account"]
    return redirect("/home")
