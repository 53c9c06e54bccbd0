import argparse
import smtplib
import ssl
from email.message import EmailMessage


def build_context(ca_file=None):
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def send_report(host, port, user, password, recipient, body, ca_file=None):
    msg = EmailMessage()
    msg["From"] = user
    msg["To"] = recipient
    msg["Subject"] = "Nightly report"
    msg.set_content(body)
    with smtplib.SMTP(host, port, timeout=20) as smtp:
        smtp.starttls(context=build_context(ca_file))
        smtp.login(user, password)
        smtp.send_message(msg)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, default=587)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--to", required=True)
    parser.add_argument("--ca-file")
    parser.add_argument("report")
    args = parser.parse_args()
    with open(args.report) as fh:
        body = fh.read()
    send_report(args.host, args.port, args.user, args.password, args.to, body, args.ca_file)


if __name__ == "__main__":
    main()
