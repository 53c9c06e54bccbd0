from flask import Flask, request, send_from_directory

app = Flask(__name__)
REPORTS = "/srv/reports"


@app.route("/report")
def report():
    return send_from_directory(REPORTS, request.args.get("name", "index.html"))
