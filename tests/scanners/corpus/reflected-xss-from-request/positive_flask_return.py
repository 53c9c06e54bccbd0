"""Positive example for reflected-xss-from-request: a Flask view returns request text (text/html)."""

from flask import Flask, request

app = Flask(__name__)


@app.route("/hi")
def hi():
    who = request.args.get("who", "")
    return "Hi " + who
