"""Positive example for secret-compared-in-variable-time: a webhook signature the client sent, checked with ==.

The expected HMAC is a secret until it matches; == lets the sender find it byte by byte.
"""

import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
HOOK_KEY = os.environ["HOOK_KEY"].encode()


@app.post("/hook")
def hook():
    expected = hmac.new(HOOK_KEY, request.get_data(), hashlib.sha256).hexdigest()
    if request.headers.get("X-Hub-Signature-256", "") != "sha256=" + expected:
        abort(401)
    return "", 204
