"""Negative example for open-redirect-from-request: the regex pins the one allowed host."""
import re

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/go")
def go():
    target = request.args.get("url", "")
    if not re.fullmatch(r"https://(www\.)?example\.com(/[\w/-]*)?", target):
        return "invalid", 400
    return redirect(target)
