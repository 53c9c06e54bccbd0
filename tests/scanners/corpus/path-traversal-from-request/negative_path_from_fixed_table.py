"""Negative: the query value only selects one of the program's own paths from a fixed table."""
from flask import Flask, abort, request, send_file

app = Flask(__name__)
REPORT_FILES = {"daily": "/srv/reports/daily.csv", "weekly": "/srv/reports/weekly.csv"}


@app.get("/report")
def report():
    chosen = REPORT_FILES.get(request.args.get("period", ""))
    if chosen is None:
        abort(404)
    return send_file(chosen)
