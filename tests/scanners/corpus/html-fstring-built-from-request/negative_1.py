"""Negative example for html-fstring-built-from-request: the rule must not flag this."""
from flask import Flask, request
app = Flask(__name__)

from markupsafe import escape
@app.route("/hi")
def hi():
    name = escape(request.args.get("name"))
    return f"<p>Hi {name}</p>"
