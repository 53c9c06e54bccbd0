"""Negative example for uncontrolled-regex-work-from-request: test-compiled only, and an alnum-only search."""
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/check")
def check():
    expr = request.args.get("expr", "")
    try:
        re.compile(expr)
    except re.error:
        return "invalid"
    return "valid"


@app.route("/find")
def find():
    word = request.args.get("word", "")
    if word.isalnum():
        return str(re.findall(word, "alpha beta gamma"))
    return "letters and digits only", 400
