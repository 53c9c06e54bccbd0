"""Negative example for html-fstring-built-from-request: only letters pass the guard, so no markup can."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/badge")
def badge():
    team = request.args.get("team", "")
    if team and team.isalpha():
        return f"<span class='badge'>{team}</span>"
    return "unknown team", 400
