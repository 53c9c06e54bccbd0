import os

from flask import Flask, request, send_file, abort

app = Flask(__name__)
REPORT_DIR = "/srv/app/reports"


@app.route("/reports/download")
def download_report():
    name = request.args.get("file", "")
    if not name:
        abort(400)
    path = os.path.join(REPORT_DIR, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)


if __name__ == "__main__":
    app.run(port=8000)
