"""Password hashing helpers for the customer portal."""
import hashlib
import hmac

SALT = b"acme-portal-2019"
ROUNDS = 150_000


def hash_password(password: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, ROUNDS).hex()


def verify_password(password: str, stored: str) -> bool:
    return hmac.compare_digest(hash_password(password), stored)


def needs_upgrade(stored: str) -> bool:
    # older accounts were stored as 40-char sha1 digests
    return len(stored) != 64
