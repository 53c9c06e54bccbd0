"""Stores hashed client secrets for the partner API; each record carries its own random salt."""
import hashlib
import hmac
import os
import secrets
import sqlite3
from dataclasses import dataclass

ITERATIONS = 390_000


@dataclass
class ClientRecord:
    client_id: str
    salt: bytes
    digest: bytes


def derive(secret: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", secret.encode(), salt, ITERATIONS)


class ClientStore:
    def __init__(self, path="clients.db"):
        self.conn = sqlite3.connect(path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS clients (client_id TEXT PRIMARY KEY, salt BLOB, digest BLOB)"
        )

    def register(self, name: str) -> tuple:
        client_id = f"{name}-{secrets.token_hex(4)}"
        secret = secrets.token_urlsafe(32)
        salt = os.urandom(16)
        self.conn.execute(
            "INSERT INTO clients VALUES (?, ?, ?)", (client_id, salt, derive(secret, salt))
        )
        self.conn.commit()
        return client_id, secret

    def _get(self, client_id):
        row = self.conn.execute(
            "SELECT client_id, salt, digest FROM clients WHERE client_id = ?", (client_id,)
        ).fetchone()
        return ClientRecord(*row) if row else None

    def verify(self, client_id: str, secret: str) -> bool:
        record = self._get(client_id)
        if record is None:
            return False
        return hmac.compare_digest(record.digest, derive(secret, record.salt))
