"""Positive example for privilege-field-mass-assigned: every form field copied in a loop."""

from flask import Flask, request, session

app = Flask(__name__)
PROFILES = {"ann": {"bio": "", "role": "user"}}


@app.post("/profile")
def edit():
    record = PROFILES[session["user"]]
    for field, value in request.form.items():
        record[field] = value
    return "ok"
