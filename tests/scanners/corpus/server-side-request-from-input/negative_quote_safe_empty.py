"""Negative example for server-side-request-from-input: every delimiter escaped (safe="")."""
import urllib.parse

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/fetch")
def fetch():
    tenant = request.args.get("tenant")
    url = "https://" + urllib.parse.quote(tenant, safe="") + ".internal.example"
    return requests.get(url, timeout=5).text
