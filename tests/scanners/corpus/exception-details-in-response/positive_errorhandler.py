"""Positive example for exception-details-in-response: the app-wide error handler echoes the exception."""

from flask import Flask

app = Flask(__name__)


@app.errorhandler(Exception)
def on_error(err):
    return f"internal error: {err!r}", 500
