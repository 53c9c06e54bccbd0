"""Negative example for open-redirect-from-request: the parsed host must be one of the allowed hosts."""
from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)

ALLOWED_HOSTS = {"example.com", "www.example.com"}


@app.route("/go")
def go():
    target = request.args.get("next", "/")
    if urlparse(target).netloc in ALLOWED_HOSTS:
        return redirect(target)
    return redirect("/")
