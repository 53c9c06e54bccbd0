import hashlib
import hmac
import os

from flask import Flask, abort, request

from .deploy import trigger_deploy

app = Flask(__name__)
SECRET = os.environ["GITHUB_WEBHOOK_SECRET"].encode()


@app.post("/hooks/github")
def github_hook():
    sent = request.headers.get("X-Hub-Signature-256", "")
    expected = "sha256=" + hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if sent != expected:
        abort(403)
    payload = request.get_json(silent=True) or {}
    if payload.get("ref") == "refs/heads/main":
        trigger_deploy(payload["after"])
    return "", 204
