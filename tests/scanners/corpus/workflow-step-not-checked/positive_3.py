"""Positive example for workflow-step-not-checked: the final step never checks the stage."""

from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "dev"


@app.post("/reset/verify")
def verify_code():
    if request.form["code"] == session.get("code"):
        session["stage"] = "verified"
    return "ok"


@app.post("/reset/password")
def set_password():
    session["stage"] = "done"
    return "password changed"
