"""Keeps SMTP credentials for the newsletter sender in the OS keyring."""
import smtplib
import ssl
from email.message import EmailMessage

import keyring

SERVICE = "newsletter-smtp"


class MailAccount:
    def __init__(self, host, username, port=587):
        self.host = host
        self.username = username
        self.port = port

    def store_password(self, password):
        keyring.set_password(SERVICE, f"{self.username}@{self.host}", password)

    def _password(self):
        secret = keyring.get_password(SERVICE, f"{self.username}@{self.host}")
        if secret is None:
            raise RuntimeError("no stored password; run the setup command first")
        return secret

    def send(self, to_addr, subject, body):
        msg = EmailMessage()
        msg["From"] = self.username
        msg["To"] = to_addr
        msg["Subject"] = subject
        msg.set_content(body)
        context = ssl.create_default_context()
        with smtplib.SMTP(self.host, self.port, timeout=20) as smtp:
            smtp.starttls(context=context)
            smtp.login(self.username, self._password())
            smtp.send_message(msg)


if __name__ == "__main__":
    import getpass
    import sys

    account = MailAccount(sys.argv[1], sys.argv[2])
    account.store_password(getpass.getpass("SMTP password: "))
    print("stored")
