import secrets
import smtplib
from email.message import EmailMessage

from flask import Flask, jsonify, request

app = Flask(__name__)
app.config.from_envvar("APP_SETTINGS")
RESET_TOKENS = {}


def send_reset_mail(address, token):
    msg = EmailMessage()
    msg["From"] = "no-reply@example.com"
    msg["To"] = address
    msg["Subject"] = "Password reset"
    msg.set_content(f"Reset your password: https://app.example.com/reset/{token}")
    with smtplib.SMTP(app.config["SMTP_HOST"]) as smtp:
        smtp.send_message(msg)


@app.post("/password/forgot")
def forgot_password():
    username = request.form["username"]
    user = app.config["USER_DIRECTORY"].find(username)
    if user is None:
        return jsonify(sent=True)
    token = secrets.token_urlsafe(32)
    RESET_TOKENS[token] = user.id
    contact = request.form.get("email") or user.email
    send_reset_mail(contact, token)
    return jsonify(sent=True)
