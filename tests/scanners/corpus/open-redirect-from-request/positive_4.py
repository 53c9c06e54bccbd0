"""Positive example for open-redirect-from-request: the Location header is set from the request unchecked."""
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/next")
def next_page():
    response = Response(status=302)
    response.headers["Location"] = request.args.get("next", "/")
    return response
