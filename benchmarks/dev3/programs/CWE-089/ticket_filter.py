import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)


class TicketRepository:
    def __init__(self, dsn):
        self.conn = psycopg2.connect(dsn)

    def _where(self, filters):
        clauses = ["1=1"]
        for column, value in filters.items():
            clauses.append("%s = '%s'" % (column, value))
        return " AND ".join(clauses)

    def search(self, filters):
        sql = "SELECT id, title, status FROM tickets WHERE " + self._where(filters)
        with self.conn.cursor() as cur:
            cur.execute(sql)
            return cur.fetchall()


repo = TicketRepository("dbname=helpdesk")


@app.post("/tickets/search")
def search_tickets():
    filters = request.get_json() or {}
    return jsonify(repo.search(filters))
