import base64
import hashlib
import hmac
import json
import os
from flask import Flask, request

app = Flask(__name__)
KEY = os.environ["SESSION_KEY"].encode()


def read_session(raw):
    try:
        payload, sig = raw.rsplit(".", 1)
    except ValueError:
        return {}
    expected = hmac.new(KEY, payload.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, sig):
        return {}
    return json.loads(base64.urlsafe_b64decode(payload))


@app.route("/profile")
def profile():
    session = read_session(request.cookies.get("session", ""))
    return "Hello " + str(session.get("user", "anonymous"))
