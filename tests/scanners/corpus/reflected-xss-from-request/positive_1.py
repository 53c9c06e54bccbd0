"""Positive example for reflected-xss-from-request: the rule must flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

@app.route("/hello")
def hello():
    name = request.args.get("name")
    return make_response("Hello " + name)
