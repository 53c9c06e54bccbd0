"""Positive example for response-header-from-request: the helper only trims the value (CR/LF kept)."""

from flask import Flask, make_response, request

app = Flask(__name__)


def client_tag(args):
    return args.get("tag", "").strip()[:64]


@app.get("/ping")
def ping():
    resp = make_response("ok")
    resp.headers["X-Client-Tag"] = client_tag(request.args)
    return resp
