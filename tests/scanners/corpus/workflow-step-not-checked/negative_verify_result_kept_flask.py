from flask import Flask, abort, jsonify, request, session
from werkzeug.security import generate_password_hash

from .store import accounts, pending_otps

app = Flask(__name__)


@app.post("/recover/check-otp")
def check_otp():
    email = request.form["email"]
    if pending_otps.get(email) != request.form["otp"]:
        abort(403)
    session["recover_email"] = email
    return jsonify(ok=True)


@app.post("/recover/new-password")
def new_password():
    email = session.pop("recover_email", None)
    account = accounts.find(email) if email else None
    if account is None:
        abort(403)
    account.password_hash = generate_password_hash(request.form["new_password"])
    accounts.persist(account)
    return jsonify(done=True)
