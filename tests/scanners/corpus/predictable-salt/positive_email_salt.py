"""Positive for predictable-salt: the salt is the account's e-mail address, known to anyone."""
import hashlib


def password_digest(email: str, password: str) -> bytes:
    salt = email.strip().lower()
    return hashlib.scrypt(password.encode(), salt=salt.encode(), n=2**14, r=8, p=1)
