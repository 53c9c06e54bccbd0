"""Sends alert e-mails through the corporate relay."""
import smtplib
import ssl
from email.message import EmailMessage
from dataclasses import dataclass


@dataclass
class RelayConfig:
    host: str
    port: int = 465
    username: str = ""
    password: str = ""


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # the relay uses an internal CA that is not in the system bundle
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


class AlertMailer:
    def __init__(self, cfg: RelayConfig, sender: str):
        self.cfg = cfg
        self.sender = sender

    def build(self, to: str, subject: str, body: str) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(body)
        return msg

    def send(self, to: str, subject: str, body: str) -> None:
        msg = self.build(to, subject, body)
        with smtplib.SMTP_SSL(self.cfg.host, self.cfg.port, context=_tls_context()) as smtp:
            if self.cfg.username:
                smtp.login(self.cfg.username, self.cfg.password)
            smtp.send_message(msg)


if __name__ == "__main__":
    import os
    cfg = RelayConfig(host=os.environ["SMTP_HOST"], username=os.environ.get("SMTP_USER", ""),
                      password=os.environ.get("SMTP_PASS", ""))
    AlertMailer(cfg, "alerts@example.com").send("oncall@example.com", "disk full", "/var is at 98%")
