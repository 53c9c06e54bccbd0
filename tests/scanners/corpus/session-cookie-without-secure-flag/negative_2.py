"""Negative example for session-cookie-without-secure-flag: the session cookie is configured Secure."""

import os

from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax")


@app.post("/signin")
def signin():
    session["account"] = request.form["account"]
    return redirect("/home")
