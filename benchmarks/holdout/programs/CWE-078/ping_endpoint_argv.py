import re
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)
HOST_RE = re.compile(r"^[A-Za-z0-9.-]{1,253}$")


@app.route("/ping")
def ping():
    """Ping a host given by the user and return the output."""
    host = request.args.get("host", "127.0.0.1")
    if not HOST_RE.fullmatch(host) or host.startswith("-"):
        abort(400)
    out = subprocess.run(["ping", "-c", "1", host], capture_output=True, text=True, timeout=10)
    return out.stdout
