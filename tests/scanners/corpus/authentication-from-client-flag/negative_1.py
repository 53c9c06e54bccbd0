"""Negative example for authentication-from-client-flag: the rule must not flag this."""
from flask import Flask, request
app = Flask(__name__)

from flask import session
@app.route("/me")
def me():
    if session.get("user"):
        return "profile"
    return "login first", 401
