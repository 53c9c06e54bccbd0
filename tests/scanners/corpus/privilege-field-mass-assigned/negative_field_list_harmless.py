"""Negative example for privilege-field-mass-assigned: the copied field list holds only profile fields;
the admin flag is never taken from the request."""

from flask import Flask, jsonify, request, session

app = Flask(__name__)
USERS: dict[int, dict] = {}
PROFILE_FIELDS = ["display_name", "bio", "avatar_url"]


@app.patch("/me")
def update_me():
    payload = request.get_json()
    user = USERS[session["uid"]]
    for name in PROFILE_FIELDS:
        if name in payload:
            user[name] = payload[name]
    return jsonify(user)
