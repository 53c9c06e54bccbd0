"""Every account's password is hashed with one site-wide salt read from settings with a literal fallback."""
import hashlib
import os

GLOBAL_SALT = os.getenv("ACCOUNTS_SALT", "change-me")


def password_digest(password: str) -> str:
    return hashlib.sha512((GLOBAL_SALT + password).encode()).hexdigest()
