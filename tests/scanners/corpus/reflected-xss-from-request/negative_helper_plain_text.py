"""Negative example for reflected-xss-from-request: the helper formats plain text, and the view says so."""

from flask import Flask, Response, request

app = Flask(__name__)


def summary(word):
    return f"searched for: {word}\n"


@app.route("/log-search")
def log_search():
    return Response(summary(request.args.get("w", "")), mimetype="text/plain")
