"""Negative example for privilege-flag-set-from-input: only allow-listed keys go into the session."""

from flask import Flask, request, session

app = Flask(__name__)
ALLOWED = {"theme", "locale"}


@app.post("/settings")
def settings():
    body = request.get_json() or {}
    session.update({k: str(v) for k, v in body.items() if k in ALLOWED})
    return {"ok": True}
