"""Negative: local paths must not start with // or /\\, and absolute URLs must have an exactly allowed hostname."""
from urllib.parse import urlsplit

from flask import Flask, abort, redirect, request

app = Flask(__name__)
ALLOWED_HOSTS = {"shop.example.com", "help.example.com"}


def is_safe_target(url):
    if url.startswith("/") and not url.startswith(("//", "/\\\\")):
        return True
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in ALLOWED_HOSTS


@app.get("/out")
def out():
    url = request.args.get("u", "/")
    if not is_safe_target(url):
        abort(400)
    return redirect(url)
