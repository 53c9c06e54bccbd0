import secrets
import smtplib
from email.message import EmailMessage

from bottle import Bottle, request

app = Bottle()
USERS: dict[str, dict] = {}  # username -> {"email": ..., "reset_token": ...}


def send_mail(to_addr: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = "no-reply@example.com"
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)


@app.post("/password/forgot")
def forgot():
    account = USERS.get(request.forms.get("username", ""))
    if account is not None:
        token = secrets.token_urlsafe(32)
        account["reset_token"] = token
        send_mail(account["email"], "Password reset", f"Reset link: https://example.com/reset/{token}")
    return {"sent": True}


if __name__ == "__main__":
    app.run(port=8000)
