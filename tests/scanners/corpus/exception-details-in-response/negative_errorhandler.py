"""Negative example for exception-details-in-response: the handler logs the exception, returns a fixed text."""

import logging

from flask import Flask

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.errorhandler(Exception)
def on_error(err):
    log.exception("unhandled error: %s", err)
    return "internal error", 500
