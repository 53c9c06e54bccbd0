"""Negative example for workflow-step-not-checked: the final step requires the verified stage."""

from flask import Flask, abort, request, session

app = Flask(__name__)
app.secret_key = "dev"


@app.post("/reset/verify")
def verify_code():
    if request.form["code"] == session.get("code"):
        session["stage"] = "verified"
    return "ok"


@app.post("/reset/password")
def set_password():
    if session.get("stage") != "verified":
        abort(403)
    session["stage"] = "done"
    return "password changed"
