"""Positive example for server-side-request-from-input: the helper puts the client-chosen host in the URL."""

import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/monitor/check")
def check():
    host = request.form["host"]
    return {"up": probe(host)}


def probe(host):
    try:
        return requests.head(f"http://{host}/health", timeout=2).ok
    except requests.RequestException:
        return False
