import secrets
import time

from flask import Flask, abort, jsonify, request, session
from flask_login import current_user, login_required

app = Flask(__name__)
app.config.from_envvar("ACCOUNT_SETTINGS")
PENDING = {}  # token -> (user_id, new_email, expires)


@app.post("/account/email")
@login_required
def request_change():
    new_email = request.form["email"].strip()
    token = secrets.token_urlsafe(32)
    PENDING[token] = (current_user.id, new_email, time.time() + 3600)
    app.config["MAILER"].send(new_email, "Confirm your new address", f"/account/email/confirm?t={token}")
    return jsonify(pending=True)


@app.get("/account/email/confirm")
@login_required
def confirm_change():
    entry = PENDING.pop(request.args.get("t", ""), None)
    if entry is None:
        abort(404)
    user_id, new_email, expires = entry
    if user_id != current_user.id or time.time() > expires:
        abort(403)
    current_user.update_email(new_email)
    session["email_confirmed_at"] = time.time()
    return jsonify(email=new_email)
