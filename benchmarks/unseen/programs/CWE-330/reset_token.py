import random
import string
import time

from flask import Flask, request, jsonify

app = Flask(__name__)
RESETS: dict[str, tuple[str, float]] = {}
ALPHABET = string.ascii_letters + string.digits


def new_token(length: int = 32) -> str:
    return "".join(random.choice(ALPHABET) for _ in range(length))


@app.post("/password/forgot")
def forgot():
    email = request.form["email"]
    token = new_token()
    RESETS[token] = (email, time.time() + 3600)
    send_mail(email, f"https://app.example.com/reset?token={token}")
    return jsonify(sent=True)


def send_mail(to: str, link: str) -> None:
    print("mail to", to, link)
