import sqlite3

from flask import Flask, Response

app = Flask(__name__)
HEADER = ["email", "full_name", "company", "comment"]


def load_signups():
    conn = sqlite3.connect("signups.db")
    try:
        return conn.execute("SELECT email, full_name, company, comment FROM signups").fetchall()
    finally:
        conn.close()


def to_line(values):
    return ",".join(str(v) for v in values) + "\n"


@app.get("/admin/signups.csv")
def export_signups():
    lines = [to_line(HEADER)]
    for row in load_signups():
        lines.append(to_line(row))
    return Response("".join(lines), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=signups.csv"})
