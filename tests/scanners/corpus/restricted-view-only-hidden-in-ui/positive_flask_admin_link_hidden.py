"""Positive example for restricted-view-only-hidden-in-ui: the admin link is hidden, the page is not."""

from flask import Flask, render_template
from flask_login import current_user, login_required

from .models import AuditEntry

app = Flask(__name__)


@app.route("/")
@login_required
def home():
    return render_template("home.html", can_audit=current_user.is_admin)


@app.route("/audit-log")
@login_required
def audit_log():
    entries = AuditEntry.query.order_by(AuditEntry.at.desc()).limit(500).all()
    return render_template("audit.html", entries=entries)
