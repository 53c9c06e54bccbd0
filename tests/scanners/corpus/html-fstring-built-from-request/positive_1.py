"""Positive example for html-fstring-built-from-request: the rule must flag this."""
from flask import Flask, request
app = Flask(__name__)

@app.route("/hi")
def hi():
    name = request.args.get("name")
    return f"<p>Hi {name}</p>"
