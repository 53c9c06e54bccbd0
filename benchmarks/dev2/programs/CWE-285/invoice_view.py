import os
from flask import Flask, jsonify, session, abort
import sqlite3

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


def get_db():
    conn = sqlite3.connect("billing.db")
    conn.row_factory = sqlite3.Row
    return conn


@app.route("/invoices/<int:invoice_id>")
def show_invoice(invoice_id):
    if "user_id" not in session:
        abort(401)
    db = get_db()
    row = db.execute(
        "SELECT id, owner_id, amount, status FROM invoices WHERE id = ?",
        (invoice_id,),
    ).fetchone()
    db.close()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.route("/invoices")
def list_invoices():
    if "user_id" not in session:
        abort(401)
    db = get_db()
    rows = db.execute(
        "SELECT id, amount, status FROM invoices WHERE owner_id = ?",
        (session["user_id"],),
    ).fetchall()
    db.close()
    return jsonify([dict(r) for r in rows])
