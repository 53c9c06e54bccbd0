import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    """Ping a host given by the user and return the output."""
    host = request.args.get("host", "127.0.0.1")
    out = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True, text=True)
    return out.stdout
