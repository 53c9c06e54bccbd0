from flask import Flask, jsonify, session, abort
import sqlite3

app = Flask(__name__)
app.secret_key = __import__("os").environ["FLASK_SECRET"]

DB_PATH = "billing.db"


def get_db():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def current_user_id():
    uid = session.get("user_id")
    if uid is None:
        abort(401)
    return uid


@app.route("/invoices/<int:invoice_id>")
def show_invoice(invoice_id):
    current_user_id()
    conn = get_db()
    row = conn.execute(
        "SELECT id, customer_id, amount, due_date, notes FROM invoices WHERE id = ?",
        (invoice_id,),
    ).fetchone()
    conn.close()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.route("/invoices")
def list_invoices():
    uid = current_user_id()
    conn = get_db()
    rows = conn.execute(
        "SELECT id, amount, due_date FROM invoices WHERE customer_id = ?", (uid,)
    ).fetchall()
    conn.close()
    return jsonify([dict(r) for r in rows])
