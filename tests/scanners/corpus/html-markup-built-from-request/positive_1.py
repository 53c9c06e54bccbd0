"""Positive example for html-markup-built-from-request: the rule must flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

@app.route("/greet")
def greet():
    name = request.args.get("name")
    return "<h1>Welcome " + name + "</h1>"
