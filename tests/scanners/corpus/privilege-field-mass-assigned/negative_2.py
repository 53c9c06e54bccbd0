"""Negative example for privilege-field-mass-assigned: only allow-listed fields are copied."""

from flask import Flask, request, session

app = Flask(__name__)
PROFILES = {"ann": {"bio": "", "role": "user"}}
EDITABLE_FIELDS = {"bio", "display_name"}


@app.post("/profile")
def edit():
    record = PROFILES[session["user"]]
    for field, value in request.form.items():
        if field in EDITABLE_FIELDS:
            record[field] = value
    return "ok"
