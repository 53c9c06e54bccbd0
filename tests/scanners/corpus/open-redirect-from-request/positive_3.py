"""Positive example for open-redirect-from-request: the compound condition checks a different value."""
from flask import Flask, redirect, request

app = Flask(__name__)


def is_safe_url(target):
    return target.startswith("/") and not target.startswith("//")


@app.route("/login")
def login():
    next_url = request.args.get("next", "")
    fallback = request.args.get("fallback", "/")
    if not next_url or not is_safe_url(fallback):
        return "bad", 400
    return redirect(next_url)
