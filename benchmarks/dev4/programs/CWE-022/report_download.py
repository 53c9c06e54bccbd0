import os
from flask import Flask, request, send_file, abort

app = Flask(__name__)
REPORT_DIR = "/srv/app/reports"


def report_path(name):
    return os.path.join(REPORT_DIR, name)


@app.route("/reports/download")
def download():
    name = request.args.get("file", "")
    if not name.endswith(".pdf"):
        abort(400)
    path = report_path(name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
