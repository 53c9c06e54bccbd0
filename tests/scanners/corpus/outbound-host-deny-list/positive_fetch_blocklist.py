"""Positive: a Flask image proxy refuses only a few internal host names before fetching the client's URL."""
from urllib.parse import urlsplit

import requests
from flask import Flask, abort, request

app = Flask(__name__)
DENIED = ["localhost", "127.0.0.1", "169.254.169.254"]


@app.get("/proxy")
def proxy():
    url = request.args["src"]
    if urlsplit(url).hostname in DENIED:
        abort(403)
    return requests.get(url, timeout=5).content
