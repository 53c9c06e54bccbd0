import os
from flask import Flask, request, send_file, abort

app = Flask(__name__)
REPORT_DIR = os.path.realpath("/srv/reports")


@app.route("/report")
def report():
    """Return a stored report file by name."""
    name = request.args.get("name", "")
    path = os.path.realpath(os.path.join(REPORT_DIR, name))
    if os.path.commonpath([REPORT_DIR, path]) != REPORT_DIR:
        abort(404)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path)
