"""Positive example for destructive-route-without-authentication: anyone can restart the service."""

import subprocess

from flask import Flask

app = Flask(__name__)


@app.post("/maintenance/restart")
def restart():
    subprocess.run(["systemctl", "restart", "shop"], check=True)
    return "restarting"
