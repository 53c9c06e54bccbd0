"""Positive example for record-with-secrets-returned-whole: a SELECT * account row returned."""

import sqlite3

from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/api/accounts/<int:acct>")
def account(acct):
    db = sqlite3.connect("bank.db")
    db.row_factory = sqlite3.Row
    row = db.execute("SELECT * FROM accounts WHERE id = ?", (acct,)).fetchone()
    return jsonify(dict(row))
