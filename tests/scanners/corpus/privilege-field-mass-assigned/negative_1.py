"""Negative example for privilege-field-mass-assigned: the rule must not flag this."""
from flask import Flask, g, request

app = Flask(__name__)
ACCOUNTS = {"7": {"nick": "lee", "is_admin": False}}
EDITABLE = ("nick", "bio")


@app.put("/account")
def edit_account():
    data = request.get_json()
    changes = {k: v for k, v in data.items() if k in EDITABLE}
    ACCOUNTS[g.user_id].update(changes)
    return ACCOUNTS[g.user_id]
