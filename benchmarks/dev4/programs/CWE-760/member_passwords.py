"""Hashing helpers for the member portal."""
import hashlib
import hmac

ITERATIONS = 200_000


def _salt_for(username: str) -> bytes:
    return ("portal:" + username.lower()).encode("utf-8")


def hash_password(username: str, password: str) -> str:
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), _salt_for(username), ITERATIONS)
    return dk.hex()


def verify(username: str, password: str, stored_hex: str) -> bool:
    return hmac.compare_digest(hash_password(username, password), stored_hex)


class MemberStore:
    def __init__(self, conn):
        self.conn = conn

    def register(self, username, password):
        self.conn.execute(
            "INSERT INTO members (username, pw) VALUES (?, ?)",
            (username, hash_password(username, password)),
        )
        self.conn.commit()

    def login(self, username, password):
        row = self.conn.execute(
            "SELECT pw FROM members WHERE username = ?", (username,)
        ).fetchone()
        return bool(row) and verify(username, password, row[0])
