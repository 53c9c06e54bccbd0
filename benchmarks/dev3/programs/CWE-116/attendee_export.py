import csv
import io
import sqlite3

from flask import Flask, Response

app = Flask(__name__)
HEADER = ["email", "full_name", "company", "dietary_notes"]


def load_attendees():
    with sqlite3.connect("events.db") as conn:
        return conn.execute(
            "SELECT email, full_name, company, dietary_notes FROM attendees"
        ).fetchall()


@app.get("/admin/attendees.csv")
def export_attendees():
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=csv.QUOTE_ALL)
    writer.writerow(HEADER)
    writer.writerows(load_attendees())
    return Response(buf.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=attendees.csv"})
