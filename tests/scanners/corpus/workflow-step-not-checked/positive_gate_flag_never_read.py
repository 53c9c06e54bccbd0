"""Positive example for workflow-step-not-checked: the e-mail check is recorded but never required."""

from flask import Flask, abort, request, session

from .mail import send_code, code_matches
from .accounts import activate

app = Flask(__name__)


@app.post("/activate/start")
def start():
    session["pending_email"] = request.form["email"]
    send_code(session["pending_email"])
    return "", 204


@app.post("/activate/check")
def check():
    if not code_matches(session.get("pending_email"), request.form["code"]):
        abort(400)
    session["email_confirmed"] = True
    return "", 204


@app.post("/activate/finish")
def finish():
    email = session.get("pending_email")
    if not email:
        abort(400)
    activate(email)
    return "", 201
