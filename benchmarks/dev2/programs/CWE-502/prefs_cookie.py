import base64
import hashlib
import hmac
import json
import os

from flask import Flask, request, make_response, jsonify

app = Flask(__name__)
SIGNING_KEY = os.environ["PREFS_SIGNING_KEY"].encode()

DEFAULTS = {"theme": "light", "page_size": 25}


def _sign(blob: bytes) -> str:
    return hmac.new(SIGNING_KEY, blob, hashlib.sha256).hexdigest()


def read_prefs() -> dict:
    cookie = request.cookies.get("prefs", "")
    blob_b64, _, sig = cookie.partition(".")
    try:
        blob = base64.urlsafe_b64decode(blob_b64)
    except ValueError:
        return dict(DEFAULTS)
    if not sig or not hmac.compare_digest(sig, _sign(blob)):
        return dict(DEFAULTS)
    prefs = json.loads(blob)
    return {**DEFAULTS, **{k: v for k, v in prefs.items() if k in DEFAULTS}}


@app.route("/prefs", methods=["GET", "POST"])
def prefs():
    current = read_prefs()
    if request.method == "POST":
        current["theme"] = request.form.get("theme", current["theme"])
        current["page_size"] = int(request.form.get("page_size", current["page_size"]))
    blob = json.dumps(current).encode()
    resp = make_response(jsonify(current))
    resp.set_cookie("prefs", base64.urlsafe_b64encode(blob).decode() + "." + _sign(blob), httponly=True)
    return resp
