import ipaddress
import subprocess

from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/ping")
def ping():
    raw = request.args.get("host", "127.0.0.1")
    try:
        host = str(ipaddress.ip_address(raw))
    except ValueError:
        abort(400, "host must be an IP address")
    result = subprocess.run(
        ["ping", "-c", "3", host],
        capture_output=True,
        text=True,
        timeout=15,
    )
    return {"status": result.returncode, "output": result.stdout}
