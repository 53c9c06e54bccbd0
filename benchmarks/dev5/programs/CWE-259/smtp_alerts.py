"""Send alert e-mails through the corporate relay."""
import os
import smtplib
import ssl
from email.message import EmailMessage


class AlertMailer:
    def __init__(self):
        self.host = os.environ.get("SMTP_HOST", "smtp.corp.example")
        self.port = int(os.environ.get("SMTP_PORT", "587"))
        self.user = os.environ["SMTP_USER"]
        self.password = os.environ["SMTP_PASSWORD"]
        self.sender = os.environ.get("ALERT_FROM", self.user)

    def send(self, to, subject, body):
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(body)
        ctx = ssl.create_default_context()
        with smtplib.SMTP(self.host, self.port, timeout=20) as smtp:
            smtp.starttls(context=ctx)
            smtp.login(self.user, self.password)
            smtp.send_message(msg)


if __name__ == "__main__":
    AlertMailer().send("oncall@corp.example", "disk almost full", "/data is at 93%")
