"""Negative example for incomplete-url-allow-check: the rule must not flag this."""
from flask import Flask, request, redirect
app = Flask(__name__)

from urllib.parse import urlparse
@app.route("/out")
def out():
    url = request.args.get("url", "")
    if urlparse(url).hostname in {"example.com", "www.example.com"}:
        return redirect(url)
    return "no", 400
