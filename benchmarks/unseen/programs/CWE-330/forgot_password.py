import secrets
import time

from flask import Flask, request, jsonify

app = Flask(__name__)
RESETS: dict[str, tuple[str, float]] = {}


@app.post("/password/forgot")
def forgot():
    email = request.form["email"]
    token = secrets.token_urlsafe(32)
    RESETS[token] = (email, time.time() + 3600)
    send_mail(email, f"https://app.example.com/reset?token={token}")
    return jsonify(sent=True)


def send_mail(to: str, link: str) -> None:
    print("mail to", to, link)
