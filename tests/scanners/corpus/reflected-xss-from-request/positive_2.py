"""Positive example for reflected-xss-from-request: the check guards another value, not the one echoed."""
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    user_id = request.args.get("id", "")
    name = request.args.get("name", "")
    if user_id.isdigit():
        return make_response("<h1>" + name + "</h1>")
    return "invalid id", 400
