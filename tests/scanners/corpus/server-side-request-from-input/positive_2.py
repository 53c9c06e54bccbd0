"""Positive example for server-side-request-from-input: the check guards a different value than the URL fetched."""
import requests
from flask import Flask, request

app = Flask(__name__)


def is_valid_name(name):
    return name.isidentifier()


@app.route("/proxy")
def proxy():
    name = request.args.get("name", "")
    url = request.args.get("url", "")
    if is_valid_name(name):
        return requests.get(url, timeout=5).text
    return "bad name", 400
