"""Positive example for os-command-built-from-input: the first word is allow-listed but a shell runs the rest."""
import os

from flask import Flask, request

app = Flask(__name__)

PROGRAMS = {"ls", "df"}


@app.route("/run", methods=["POST"])
def run():
    command = request.form.get("command", "")
    if command and command.split()[0] in PROGRAMS:
        return os.popen(command).read()
    return "not allowed", 403
