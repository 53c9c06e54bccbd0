import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)

SORT_COLUMNS = {"created": "created_at", "priority": "priority", "status": "status"}


def fetch_tickets(conn, project, sort_key, descending):
    column = SORT_COLUMNS.get(sort_key, "created_at")
    order = "DESC" if descending else "ASC"
    sql = "SELECT id, title, status, priority FROM tickets WHERE project = ? ORDER BY {} {}".format(column, order)
    return conn.execute(sql, (project,)).fetchall()


@app.route("/projects/<project>/tickets")
def tickets(project):
    conn = sqlite3.connect("tickets.db")
    try:
        rows = fetch_tickets(conn, project, request.args.get("sort", "created"),
                             request.args.get("order") == "desc")
    finally:
        conn.close()
    return jsonify([{"id": r[0], "title": r[1], "status": r[2], "priority": r[3]} for r in rows])
