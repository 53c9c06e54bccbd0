import uuid
from dataclasses import dataclass, field

from flask import Flask, abort, g, jsonify, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)
ROLES = {"member", "editor", "admin"}


@dataclass
class Account:
    email: str
    password_hash: str
    role: str = "member"
    id: str = field(default_factory=lambda: uuid.uuid4().hex)


ACCOUNTS = {}


@app.route("/signup", methods=["POST"])
def signup():
    data = request.get_json()
    account = Account(email=data["email"], password_hash=generate_password_hash(data["password"]))
    ACCOUNTS[account.id] = account
    return jsonify(id=account.id, role=account.role), 201


@app.route("/accounts/<account_id>/role", methods=["PUT"])
def change_role(account_id):
    current = ACCOUNTS.get(getattr(g, "account_id", None))
    if current is None or current.role != "admin":
        abort(403)
    new_role = request.get_json().get("role")
    target = ACCOUNTS.get(account_id)
    if target is None or new_role not in ROLES:
        abort(400)
    target.role = new_role
    return jsonify(id=target.id, role=target.role)
