import smtplib
import ssl
import sys


def check_relay(host, port, user, password, cafile=None):
    context = ssl.create_default_context(cafile=cafile)
    with smtplib.SMTP(host, port, timeout=20) as smtp:
        smtp.ehlo()
        smtp.starttls(context=context)
        smtp.ehlo()
        smtp.login(user, password)
        code, msg = smtp.noop()
    return code, msg.decode(errors="replace")


if __name__ == "__main__":
    if len(sys.argv) < 5:
        print("usage: mail_relay_check.py HOST PORT USER PASSWORD [CAFILE]")
        sys.exit(2)
    host, port, user, pw = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    ca = sys.argv[5] if len(sys.argv) > 5 else None
    print(check_relay(host, port, user, pw, ca))
