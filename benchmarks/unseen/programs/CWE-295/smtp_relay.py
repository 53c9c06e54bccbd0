import os
import smtplib
import ssl
from email.message import EmailMessage


def send_alert(to: str, subject: str, body: str) -> None:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    msg = EmailMessage()
    msg["From"] = "alerts@example.com"
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP("mail.example.com", 587) as smtp:
        smtp.starttls(context=ctx)
        smtp.login("alerts", os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)


if __name__ == "__main__":
    send_alert("oncall@example.com", "disk almost full", "/var is at 93%")
