"""Negative example for system-data-in-response-unencoded: a plain-text body has no syntax to break."""
import subprocess

from flask import Flask, Response

app = Flask(__name__)


@app.route("/uptime")
def uptime():
    report = subprocess.check_output(["uptime"]).decode()
    return Response(report, mimetype="text/plain")
