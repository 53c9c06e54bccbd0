"""A Flask reset form's strength check only rejects the e-mail address itself; any length passes."""
from flask import Flask, abort, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)
USERS = {}


def is_strong_password(secret, email):
    return bool(secret) and secret.lower() != email.lower()


@app.post("/reset")
def reset():
    email = request.form["email"]
    secret = request.form["new_secret"]
    if not is_strong_password(secret, email):
        abort(400)
    USERS[email] = generate_password_hash(secret)
    return "", 204
