"""Positive example for admin-route-without-role-check: being signed in is enough to wipe the audit log."""

from flask import Flask, session

app = Flask(__name__)
AUDIT = []


@app.route("/admin/audit/clear", methods=["POST"])
def clear_audit():
    if "user_id" not in session:
        return "sign in first", 401
    AUDIT.clear()
    return "cleared"
