"""Negative example for os-command-built-from-input: the request only picks a key of a fixed command table."""
import subprocess

from flask import Flask, request

app = Flask(__name__)

COMMANDS = {"disk": ["df", "-h"], "uptime": ["uptime"]}


@app.route("/run", methods=["POST"])
def run():
    key = request.form.get("key")
    if not key or key not in COMMANDS:
        return "unknown command", 400
    argv = COMMANDS[key]
    return subprocess.run(argv, capture_output=True, text=True, check=False).stdout
