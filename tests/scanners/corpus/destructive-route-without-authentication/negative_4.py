"""Negative example for destructive-route-without-authentication: an ops token is checked first."""

import hmac
import os
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
OPS_TOKEN = os.environ["OPS_TOKEN"]


@app.post("/maintenance/restart")
def restart():
    if not hmac.compare_digest(request.headers.get("X-Ops-Token", ""), OPS_TOKEN):
        abort(401)
    subprocess.run(["systemctl", "restart", "shop"], check=True)
    return "restarting"
