"""Positive example for open-redirect-from-request: a call on the target in the condition validates nothing."""
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/go")
def go():
    target = request.args.get("next", "")
    if len(target) < 2048:
        return redirect(target)
    return "too long", 400
