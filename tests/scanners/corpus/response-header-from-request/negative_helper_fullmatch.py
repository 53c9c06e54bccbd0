"""Negative example for response-header-from-request: a helper returns the tag only if it fully matches."""

import re

from flask import Flask, make_response, request

app = Flask(__name__)
TAG = re.compile(r"[a-z0-9]{1,16}")


def client_tag(args):
    candidate = args.get("tag", "")
    if not TAG.fullmatch(candidate):
        return "none"
    return candidate


@app.get("/ping")
def ping():
    resp = make_response("ok")
    resp.headers["X-Client-Tag"] = client_tag(request.args)
    return resp
