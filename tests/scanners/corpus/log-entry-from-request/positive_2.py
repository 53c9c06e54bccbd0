"""Positive example for log-entry-from-request: the module's helper only trims the value."""
import logging

from flask import Flask, request

app = Flask(__name__)


@app.route("/log")
def log():
    logging.warning("search: %s", clean(request.args.get("q", "")))
    return "ok"


def clean(value):
    return value.strip()
