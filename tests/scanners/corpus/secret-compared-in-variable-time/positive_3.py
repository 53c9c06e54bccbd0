"""Positive example for secret-compared-in-variable-time: the configured key is compared with ==.

Neither name says "secret", but one side is read from the ADMIN_KEY-style setting and the other
from the client's key header; == stops at the first differing byte.
"""

import os

from flask import Flask, abort, request

app = Flask(__name__)
EXPECTED = os.environ["SERVICE_API_KEY"]


@app.get("/internal/metrics")
def metrics():
    presented = request.headers.get("X-Api-Key", "")
    if presented != EXPECTED:
        abort(403)
    return {"ok": True}
