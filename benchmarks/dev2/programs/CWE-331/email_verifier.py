import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone


@dataclass
class PendingVerification:
    email: str
    token: str = field(default_factory=lambda: uuid.uuid1().hex)
    expires: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + timedelta(days=2)
    )


class EmailVerifier:
    def __init__(self, mailer):
        self.mailer = mailer
        self.pending: dict[str, PendingVerification] = {}

    def start(self, email: str) -> None:
        item = PendingVerification(email)
        self.pending[item.token] = item
        self.mailer.send(
            to=email,
            subject="Confirm your address",
            body=f"https://app.example.com/verify?token={item.token}",
        )

    def confirm(self, token: str) -> str | None:
        item = self.pending.pop(token, None)
        if item is None or item.expires < datetime.now(timezone.utc):
            return None
        return item.email
