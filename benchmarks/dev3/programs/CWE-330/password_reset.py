import random
import string
from datetime import datetime, timedelta

from flask import Flask, request, url_for

from .db import db, User, ResetToken
from .mail import send_mail

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits


def new_reset_token(length=32):
    return "".join(random.choice(ALPHABET) for _ in range(length))


@app.post("/password/forgot")
def forgot():
    email = request.form.get("email", "").lower()
    user = User.query.filter_by(email=email).first()
    if user:
        token = new_reset_token()
        db.session.add(ResetToken(user_id=user.id, token=token,
                                  expires=datetime.utcnow() + timedelta(hours=1)))
        db.session.commit()
        link = url_for("reset", token=token, _external=True)
        send_mail(user.email, "Reset your password", f"Use this link: {link}")
    return {"status": "if the account exists, an email was sent"}


@app.route("/password/reset/<token>", methods=["GET", "POST"])
def reset(token):
    row = ResetToken.query.filter_by(token=token).first_or_404()
    if row.expires < datetime.utcnow():
        return {"error": "expired"}, 410
    return {"user": row.user_id}
