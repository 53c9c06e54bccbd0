from dataclasses import dataclass, field
import uuid

from flask import Flask, jsonify, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


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
    account = Account(
        email=data["email"],
        password_hash=generate_password_hash(data["password"]),
        role=data.get("role", "member"),
    )
    ACCOUNTS[account.id] = account
    return jsonify(id=account.id, role=account.role), 201


def is_admin(account_id):
    acct = ACCOUNTS.get(account_id)
    return acct is not None and acct.role == "admin"
