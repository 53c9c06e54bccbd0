"""Positive example for json-built-by-string-formatting: JSON written as an f-string."""

from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/api/me")
def me():
    nick = request.cookies.get("nick", "")
    return Response(f'{{"nick": "{nick}"}}', mimetype="application/json")
