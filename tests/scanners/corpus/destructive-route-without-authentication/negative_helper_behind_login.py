"""Negative example for destructive-route-without-authentication: the route that reaches the purge helper
is behind the login decorator."""

import sqlite3

from flask import Flask
from flask_login import login_required

app = Flask(__name__)


def purge_audit_log():
    with sqlite3.connect("audit.db") as conn:
        conn.execute("DELETE FROM audit_log")


@app.post("/maintenance/purge-audit")
@login_required
def purge():
    purge_audit_log()
    return {"purged": True}
