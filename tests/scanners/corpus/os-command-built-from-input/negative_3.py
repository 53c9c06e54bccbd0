"""Negative example for os-command-built-from-input: the program is allow-listed and run without a shell."""
import subprocess

from flask import Flask, request

app = Flask(__name__)

PROGRAMS = {"ls", "df"}


@app.route("/run", methods=["POST"])
def run():
    command = request.form.get("command", "")
    if command and command.split()[0] in PROGRAMS:
        return subprocess.run(command.split(), capture_output=True, text=True, check=False).stdout
    return "not allowed", 403
