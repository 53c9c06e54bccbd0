"""Negative example for server-side-request-from-input: the helper's URL is fixed; input is only payload."""

import requests
from flask import Flask, request

app = Flask(__name__)
CHAT_HOOK = "https://hooks.example.com/services/T000/B000"


def post_event(url, payload):
    return requests.post(url, json=payload, timeout=5).status_code


@app.post("/notify")
def notify():
    text = request.form.get("text", "")[:200]
    return {"status": post_event(CHAT_HOOK, {"text": text})}
