"""Positive example for open-redirect-from-request: a regex that accepts any http(s) host is no allow-list."""
import re

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/go")
def go():
    target = request.args.get("url", "")
    if re.match(r"^https?://[\w.-]+\.\w+(/.*)?$", target):
        return redirect(target)
    return "invalid"
