"""A literal salt shared by all users is passed to PBKDF2."""
import hashlib

SALT = b"corp-intranet"


def hash_pin(pin: str) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), SALT, 200_000)
