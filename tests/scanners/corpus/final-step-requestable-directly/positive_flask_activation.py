"""Positive example for final-step-requestable-directly: activation does not check the code step."""

from flask import Flask, redirect, request, session, url_for

from .accounts import activate_account, verify_code

app = Flask(__name__)


@app.post("/signup/code")
def code():
    if not verify_code(session["email"], request.form["code"]):
        return "wrong code", 400
    return redirect(url_for("finish"))


@app.post("/signup/finish")
def finish():
    activate_account(session["email"])
    return redirect("/")
