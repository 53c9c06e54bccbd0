"""Negative example for html-markup-built-from-request: the rule must not flag this."""
from flask import Flask, request, make_response, redirect, Response
app = Flask(__name__)

import html as html_lib
@app.route("/greet")
def greet():
    name = html_lib.escape(request.args.get("name", ""))
    return "<h1>Welcome " + name + "</h1>"
