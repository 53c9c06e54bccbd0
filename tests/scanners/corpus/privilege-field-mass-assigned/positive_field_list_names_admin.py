"""Positive example for privilege-field-mass-assigned: the list of fields copied from the request body
includes is_admin, so the "allow-list" lets a user promote themselves."""

from flask import Flask, jsonify, request, session

app = Flask(__name__)
USERS: dict[int, dict] = {}
PROFILE_FIELDS = ["display_name", "bio", "is_admin"]


@app.patch("/me")
def update_me():
    payload = request.get_json()
    user = USERS[session["uid"]]
    for name in PROFILE_FIELDS:
        if name in payload:
            user[name] = payload[name]
    return jsonify(user)
