"""Negative example for admin-route-without-role-check: the view checks the caller's admin flag."""

from flask import Flask, abort
from flask_login import current_user, login_required

app = Flask(__name__)
AUDIT = []


@app.route("/admin/audit/clear", methods=["POST"])
@login_required
def clear_audit():
    if not current_user.is_admin:
        abort(403)
    AUDIT.clear()
    return "cleared"
