"""A Flask admin gate compares the submitted token with the configured one by identity."""
import os

from flask import Flask, abort, request

app = Flask(__name__)
ADMIN_TOKEN = os.getenv("ADMIN_TOKEN")


def token_ok(candidate):
    configured = ADMIN_TOKEN
    return candidate is configured


@app.post("/admin/flush")
def flush():
    if not token_ok(request.form.get("token")):
        abort(403)
    return "flushed"
