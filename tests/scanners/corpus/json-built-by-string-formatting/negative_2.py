"""Negative example for json-built-by-string-formatting: a dict serialised by the framework."""

from flask import Flask, request

app = Flask(__name__)


@app.get("/api/me")
def me():
    nick = request.cookies.get("nick", "")
    return {"nick": nick, "note": f"{len(nick)} chars"}
