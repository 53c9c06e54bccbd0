"""Each password gets its own random salt, stored with the digest; only the iteration count is fixed."""
import hashlib
import os

ITERATIONS = int(os.getenv("PBKDF2_ITERATIONS", "600000"))


def password_digest(password: str) -> tuple[bytes, bytes]:
    salt = os.urandom(16)
    return salt, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
