"""A Flask webhook verifies the HMAC only when the sender included one; unsigned calls go straight through."""
import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
KEY = os.environ["HOOK_KEY"].encode()


def verify_delivery(payload: bytes, header_sig):
    if header_sig:
        mac = hmac.new(KEY, payload, hashlib.sha1).hexdigest()
        if not hmac.compare_digest("sha1=" + mac, header_sig):
            abort(403)


@app.post("/hooks/deploy")
def deploy():
    verify_delivery(request.get_data(), request.headers.get("X-Hub-Signature"))
    return "queued"
