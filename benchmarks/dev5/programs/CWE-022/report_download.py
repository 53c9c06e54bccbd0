import os

from flask import Flask, request, send_file, abort

app = Flask(__name__)
REPORT_DIR = "/srv/app/reports"


@app.route("/reports/download")
def download():
    name = request.args.get("file", "")
    if not name.endswith(".pdf"):
        abort(400)
    full = os.path.join(REPORT_DIR, name)
    if not os.path.isfile(full):
        abort(404)
    return send_file(full, as_attachment=True)
