import os
from flask import Flask, request, send_file

app = Flask(__name__)
REPORT_DIR = "/srv/reports"


@app.route("/report")
def report():
    """Return a stored report file by name."""
    name = request.args.get("name", "")
    path = os.path.join(REPORT_DIR, name)
    return send_file(path)
