"""Negative example for destructive-route-without-authentication: the webhook's signature is verified."""

import subprocess

from flask import Flask, abort, request

from .security import valid_signature

app = Flask(__name__)


@app.post("/hooks/rebuild")
def rebuild():
    if not valid_signature(request.get_data(), request.headers.get("X-Signature", "")):
        abort(403)
    subprocess.run(["make", "-C", "/srv/site", "clean", "all"], check=True)
    return {"queued": True}
