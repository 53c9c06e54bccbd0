"""Positive example for os-command-built-from-input: a "validation" regex that lets shell metacharacters through."""
import os
import re

from flask import Flask, request

app = Flask(__name__)


@app.route("/run", methods=["POST"])
def run():
    cmd = request.form.get("cmd", "")
    if not re.match(r"^[\w\s;|&$()-]+$", cmd):
        return "invalid", 400
    return os.popen(cmd).read()
