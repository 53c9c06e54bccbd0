"""Negative example for password-set-without-verification: the signed-in user changes their own password."""

from flask import Flask, abort, request
from flask_login import current_user, login_required

from .models import db

app = Flask(__name__)


@app.post("/me/password")
@login_required
def change_password():
    if not current_user.check_password(request.form["old_password"]):
        abort(403)
    current_user.password_hash = request.form["new_password"]
    db.session.commit()
    return "", 204
