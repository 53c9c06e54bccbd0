import csv
import os
import tempfile

from flask import Flask, send_file

app = Flask(__name__)


def load_rows(user_id):
    return [("date", "amount"), ("2024-01-01", "12.50"), ("2024-01-02", "8.00")]


@app.route("/export/<int:user_id>")
def export(user_id):
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        for row in load_rows(user_id):
            writer.writerow(row)
    response = send_file(path, as_attachment=True, download_name="report.csv")

    @response.call_on_close
    def _cleanup():
        os.remove(path)

    return response
