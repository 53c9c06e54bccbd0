"""Positive example for privilege-field-mass-assigned: the rule must flag this."""
from flask import Flask, g, request

app = Flask(__name__)
ACCOUNTS = {"7": {"nick": "lee", "is_admin": False}}


@app.put("/account")
def edit_account():
    data = request.get_json()
    ACCOUNTS[g.user_id].update(data)
    return ACCOUNTS[g.user_id]
