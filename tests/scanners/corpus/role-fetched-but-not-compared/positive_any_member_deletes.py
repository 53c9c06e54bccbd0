"""Positive example for role-fetched-but-not-compared: any workspace member may delete the workspace."""

from flask import Flask, abort
from flask_login import current_user, login_required

from .models import Workspace, db, membership_of

app = Flask(__name__)


@app.delete("/workspaces/<int:ws_id>")
@login_required
def drop_workspace(ws_id):
    ws = Workspace.query.get_or_404(ws_id)
    member_role = membership_of(current_user, ws)
    if not member_role:
        abort(403)
    db.session.delete(ws)
    db.session.commit()
    return "", 204
