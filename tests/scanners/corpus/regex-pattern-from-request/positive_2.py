"""Positive example for regex-pattern-from-request: the validated pattern is kept and used."""
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/filter")
def filter_lines():
    expr = request.form.get("expr", "")
    try:
        matcher = re.compile(expr)
    except re.error:
        return "invalid", 400
    lines = open("/srv/log.txt").read().splitlines()
    return "\n".join(line for line in lines if matcher.search(line))
