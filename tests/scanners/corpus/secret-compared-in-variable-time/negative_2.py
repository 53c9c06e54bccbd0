"""Negative example for secret-compared-in-variable-time: the configured key is compared in constant time.

Settings that are not secrets (the region) may be compared with == freely.
"""

import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
EXPECTED = os.environ["SERVICE_API_KEY"]
REGION = os.environ.get("SERVICE_REGION", "eu")


@app.get("/internal/metrics")
def metrics():
    presented = request.headers.get("X-Api-Key", "")
    if not hmac.compare_digest(presented.encode(), EXPECTED.encode()):
        abort(403)
    if request.args.get("region", REGION) != REGION:
        abort(404)
    return {"ok": True}
