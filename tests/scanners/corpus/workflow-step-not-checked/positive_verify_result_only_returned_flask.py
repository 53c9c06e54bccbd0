from flask import Flask, abort, jsonify, request
from werkzeug.security import generate_password_hash

from .store import accounts, pending_otps

app = Flask(__name__)


@app.post("/recover/check-otp")
def check_otp():
    email = request.form["email"]
    if pending_otps.get(email) != request.form["otp"]:
        abort(403)
    return jsonify(ok=True)


@app.post("/recover/new-password")
def new_password():
    account = accounts.find(request.form["email"])
    if account is None:
        abort(404)
    account.password_hash = generate_password_hash(request.form["new_password"])
    accounts.persist(account)
    return jsonify(done=True)
