import secrets
import smtplib
from email.message import EmailMessage

from bottle import Bottle, request, abort

app = Bottle()
USERS = {}  # username -> {"email": ..., "reset_token": ...}


def send_mail(to_addr, subject, body):
    msg = EmailMessage()
    msg["From"] = "no-reply@example.com"
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)


@app.post("/password/forgot")
def forgot():
    username = request.forms.get("username", "")
    account = USERS.get(username)
    if account is None:
        abort(404)
    token = secrets.token_urlsafe(32)
    account["reset_token"] = token
    destination = request.forms.get("email") or account["email"]
    send_mail(destination, "Password reset", f"Reset link: https://example.com/reset/{token}")
    return {"sent": True}


if __name__ == "__main__":
    app.run(port=8000)
