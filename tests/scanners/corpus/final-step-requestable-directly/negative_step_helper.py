"""Negative example for final-step-requestable-directly: a helper checks the recorded step first."""

from flask import Flask, abort, redirect, request, session, url_for

from .accounts import activate_account, verify_code

app = Flask(__name__)


def expect(stage):
    if session.get("signup_stage") != stage:
        abort(409)


@app.post("/signup/code")
def code():
    if not verify_code(session["email"], request.form["code"]):
        return "wrong code", 400
    session["signup_stage"] = "code_ok"
    return redirect(url_for("finish"))


@app.post("/signup/finish")
def finish():
    expect("code_ok")
    activate_account(session["email"])
    return redirect("/")
