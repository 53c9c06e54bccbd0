"""Positive example for authentication-from-client-flag: the rule must flag this."""
from flask import Flask, request
app = Flask(__name__)

@app.route("/me")
def me():
    if request.args.get("logged_in") == "1":
        return "profile"
    return "login first", 401
