import logging
import uuid

import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("reports")


def build_report(conn, month):
    with conn.cursor() as cur:
        cur.execute("SELECT region, SUM(total) FROM sales WHERE month = %s GROUP BY region", (month,))
        return dict(cur.fetchall())


@app.route("/reports/sales")
def sales_report():
    month = request.args.get("month", "")
    try:
        with psycopg2.connect(app.config["DATABASE_DSN"]) as conn:
            return jsonify(build_report(conn, month))
    except Exception:
        incident = uuid.uuid4().hex[:12]
        log.exception("sales report failed (incident %s, month=%r)", incident, month)
        return jsonify(error="The report could not be generated.", incident=incident), 500
