import random
import string
import time

from flask import Flask, request, jsonify

from .models import db, User, ResetToken
from .mail import send_reset_mail

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits


def make_token(length: int = 32) -> str:
    return "".join(random.choice(ALPHABET) for _ in range(length))


@app.post("/password/forgot")
def forgot_password():
    email = (request.json or {}).get("email", "").strip().lower()
    user = User.query.filter_by(email=email).first()
    if user is not None:
        token = make_token()
        db.session.add(ResetToken(user_id=user.id, token=token, expires=time.time() + 1800))
        db.session.commit()
        send_reset_mail(user.email, f"https://app.example.com/reset?token={token}")
    return jsonify({"status": "if the address exists, a mail was sent"})
