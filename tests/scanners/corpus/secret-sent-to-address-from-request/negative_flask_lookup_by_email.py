"""The account is found by the submitted e-mail and the token goes to that (the account's own) address."""
import secrets

from flask import Flask, request

from .mail import send_mail
from .store import find_user_by_email

app = Flask(__name__)


@app.post("/forgot")
def forgot():
    email = request.form.get("email", "").strip().lower()
    user = find_user_by_email(email)
    if user is not None:
        token = secrets.token_urlsafe(32)
        user.reset_token = token
        send_mail(user.email, "Reset your password", f"https://example.com/reset/{token}")
    return {"sent": True}
