"""Positive example for destructive-route-without-authentication: the route delegates to a helper that
empties the audit table; nobody is asked who they are."""

import sqlite3

from flask import Flask

app = Flask(__name__)


def purge_audit_log():
    with sqlite3.connect("audit.db") as conn:
        conn.execute("DELETE FROM audit_log")


@app.post("/maintenance/purge-audit")
def purge():
    purge_audit_log()
    return {"purged": True}
