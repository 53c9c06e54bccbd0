"""Positive example for server-side-request-from-input: quote() keeps "/", so the value picks the host."""
import urllib.parse

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/fetch")
def fetch():
    tenant = request.args.get("tenant")
    url = "https://" + urllib.parse.quote(tenant) + ".internal.example"
    return requests.get(url, timeout=5).text
