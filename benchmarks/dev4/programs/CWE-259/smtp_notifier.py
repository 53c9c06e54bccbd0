import os
import smtplib
import ssl
from email.message import EmailMessage


def load_credentials():
    user = os.environ.get("SMTP_USER")
    password = os.environ.get("SMTP_PASSWORD")
    if not user or not password:
        raise RuntimeError("SMTP_USER and SMTP_PASSWORD must be set")
    return user, password


def notify(to_addr, subject, body):
    user, password = load_credentials()
    msg = EmailMessage()
    msg["From"] = user
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.set_content(body)
    ctx = ssl.create_default_context()
    with smtplib.SMTP(os.environ.get("SMTP_HOST", "smtp.example.com"), 587) as smtp:
        smtp.starttls(context=ctx)
        smtp.login(user, password)
        smtp.send_message(msg)


if __name__ == "__main__":
    notify("oncall@example.com", "disk usage", "volume /data is above 90%")
