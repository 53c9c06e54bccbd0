"""Negative example for server-side-request-from-input: the host is checked against an allow-list first."""

from urllib.parse import urlparse
from urllib.request import urlopen

from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_HOSTS = {"cdn.example.com", "static.example.com"}


def fetch_bytes(link):
    with urlopen(link, timeout=5) as resp:
        return resp.read(65536)


@app.get("/mirror")
def mirror():
    link = request.args.get("link", "")
    if urlparse(link).hostname not in ALLOWED_HOSTS:
        abort(400)
    return fetch_bytes(link)
