"""Positive example for session-cookie-without-secure-flag: the rule must flag this."""

from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/login")
def login():
    resp = make_response("ok")
    resp.set_cookie("session_id", "abc")
    return resp
