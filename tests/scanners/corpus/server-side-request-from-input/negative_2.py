"""Negative example for server-side-request-from-input: the request runs only when the URL passes the host check."""
from urllib.parse import urlparse

import requests
from flask import Flask, request

app = Flask(__name__)

ALLOWED_HOSTS = {"api.example.com"}


def is_allowed_url(url):
    return urlparse(url).netloc in ALLOWED_HOSTS


@app.route("/proxy")
def proxy():
    url = request.args.get("url", "")
    if url and is_allowed_url(url):
        return requests.get(url, timeout=5).text
    return "forbidden", 403
