"""Negative for predictable-salt: the stored random salt is a parameter; only the joined string is named after it."""
import hashlib


def derive(password: str, salt: bytes) -> bytes:
    salted_input = password.encode() + salt
    return hashlib.pbkdf2_hmac("sha256", salted_input, salt, 600_000)
