import os
import traceback

import psycopg2
from flask import Flask, jsonify

app = Flask(__name__)
DSN = os.environ.get("BILLING_DSN", "postgresql://billing@db.internal:5432/billing")


def fetch_invoice(invoice_id):
    conn = psycopg2.connect(DSN)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT id, customer, amount FROM invoices WHERE id = %s", (invoice_id,))
            return cur.fetchone()
    finally:
        conn.close()


@app.route("/invoices/<int:invoice_id>")
def invoice(invoice_id):
    try:
        row = fetch_invoice(invoice_id)
    except Exception as exc:
        return jsonify({
            "error": str(exc),
            "trace": traceback.format_exc(),
        }), 500
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify({"id": row[0], "customer": row[1], "amount": str(row[2])})
