"""Negative example for log-entry-from-request: a helper of this module strips line breaks before logging."""
import logging

from flask import Flask, request

app = Flask(__name__)


@app.route("/log")
def log():
    logging.warning("search: %s", clean(request.args.get("q", "")))
    return "ok"


def clean(value):
    return value.replace("\r", "").replace("\n", " ")
