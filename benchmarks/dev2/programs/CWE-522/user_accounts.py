import hashlib
import hmac
import os
import sqlite3


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)


class AccountRepository:
    def __init__(self, path: str = "accounts.db"):
        self.conn = sqlite3.connect(path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS accounts (email TEXT PRIMARY KEY, salt BLOB, pw_key BLOB)"
        )

    def create(self, email: str, password: str) -> None:
        salt = os.urandom(16)
        self.conn.execute(
            "INSERT INTO accounts (email, salt, pw_key) VALUES (?, ?, ?)",
            (email.lower(), salt, _derive(password, salt)),
        )
        self.conn.commit()

    def verify(self, email: str, password: str) -> bool:
        row = self.conn.execute(
            "SELECT salt, pw_key FROM accounts WHERE email = ?", (email.lower(),)
        ).fetchone()
        if row is None:
            _derive(password, b"\x00" * 16)
            return False
        salt, stored = row
        return hmac.compare_digest(_derive(password, salt), stored)
