"""Positive example for open-redirect-from-request: the common same-host helper compares netlocs after
urljoin(), which "///evil.example" passes (its joined form keeps our host; browsers follow it off-site)."""
from urllib.parse import urljoin, urlparse

from flask import Flask, redirect, request, url_for

app = Flask(__name__)


def is_safe_url(target):
    ref = urlparse(request.host_url)
    test = urlparse(urljoin(request.host_url, target))
    return test.scheme in ("http", "https") and ref.netloc == test.netloc


@app.route("/login")
def login():
    next_url = request.args.get("next")
    if not next_url or not is_safe_url(next_url):
        return redirect(url_for("index"))
    return redirect(next_url)
