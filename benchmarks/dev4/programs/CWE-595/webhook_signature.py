import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["HOOK_SECRET"].encode()


def expected_signature(body):
    return "sha256=" + hmac.new(SECRET, body, hashlib.sha256).hexdigest()


@app.route("/hooks/repo", methods=["POST"])
def repo_hook():
    sent = request.headers.get("X-Hub-Signature-256")
    if sent is None:
        abort(400)
    if not hmac.compare_digest(sent, expected_signature(request.get_data())):
        abort(401)
    event = request.headers.get("X-Event", "")
    if event == "push":
        payload = request.get_json(silent=True) or {}
        app.logger.info("push to %s", payload.get("ref"))
    return "", 204
