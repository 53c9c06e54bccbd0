import ipaddress
import re
import subprocess

from flask import Flask, request, jsonify

app = Flask(__name__)
HOSTNAME_RE = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$")


def valid_target(value):
    try:
        ipaddress.ip_address(value)
        return True
    except ValueError:
        return bool(HOSTNAME_RE.match(value))


@app.route("/diag/lookup")
def lookup():
    target = request.args.get("target", "")
    if not valid_target(target):
        return jsonify(error="invalid target"), 400
    proc = subprocess.run(
        ["dig", "+short", "--", target],
        capture_output=True,
        text=True,
        timeout=10,
    )
    return jsonify(target=target, answers=proc.stdout.split())
