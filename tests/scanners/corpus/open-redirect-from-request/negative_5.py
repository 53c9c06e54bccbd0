"""Negative example for open-redirect-from-request: the Location header is set only after the URL passed the check."""
from flask import Flask, Response, request

app = Flask(__name__)


def is_safe_url(target):
    return target.startswith("/") and not target.startswith("//") and "\\" not in target


@app.route("/next")
def next_page():
    target = request.args.get("next", "/")
    if not is_safe_url(target):
        return Response("bad target", status=400)
    response = Response(status=302)
    response.headers["Location"] = target
    return response
