"""Negative example for log-entry-from-request: the only placeholder for the value is %r, whose repr
shows CR/LF as escapes, so the value cannot start a new log line."""

import logging

from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("audit")


@app.route("/lookup")
def lookup():
    key = request.args.get("key", "")
    audit.info("lookup of %r took %d ms", key, 3)
    return "ok"
