import argparse
import os
import smtplib
import ssl
from email.message import EmailMessage


def make_message(sender, recipient, subject, body_path):
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = recipient
    msg["Subject"] = subject
    with open(body_path, encoding="utf-8") as fh:
        msg.set_content(fh.read())
    return msg


def send(msg, host, port, user, password, cafile=None):
    context = ssl.create_default_context(cafile=cafile)
    with smtplib.SMTP(host, port, timeout=30) as smtp:
        smtp.ehlo()
        smtp.starttls(context=context)
        smtp.ehlo()
        smtp.login(user, password)
        smtp.send_message(msg)


def main():
    parser = argparse.ArgumentParser(description="Mail the nightly report")
    parser.add_argument("recipient")
    parser.add_argument("body")
    parser.add_argument("--subject", default="Nightly report")
    parser.add_argument("--cafile", help="extra CA bundle for the internal relay")
    args = parser.parse_args()

    host = os.environ.get("SMTP_HOST", "smtp.corp.example")
    port = int(os.environ.get("SMTP_PORT", "587"))
    user = os.environ["SMTP_USER"]
    password = os.environ["SMTP_PASSWORD"]
    msg = make_message(user, args.recipient, args.subject, args.body)
    send(msg, host, port, user, password, cafile=args.cafile)


if __name__ == "__main__":
    main()
