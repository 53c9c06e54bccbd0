"""Negative for predictable-salt: the random per-user salt is looked up by user name, not derived from it."""
import hashlib


def password_digest(db, username: str, password: str) -> bytes:
    salt = db.salt_for(username)
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
