"""Negative for privilege-flag-set-from-input: the flag comes from the logged-in user's stored record, not the request."""
from flask import Flask, g, request
from flask_login import current_user

app = Flask(__name__)


@app.before_request
def load_user_flags():
    g.is_staff = current_user.is_authenticated and current_user.staff
    g.request_id = request.headers.get("X-Request-Id", "")
