"""Negative example for reflected-xss-from-request: the name must fully match letters, digits, _ or -
before it is echoed, so it cannot carry markup."""

import re

from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,32}", name):
        abort(400)
    return "Hello " + name
