import hashlib
import hmac
import os


def verify(password: str, stored_hex: str, salt: bytes) -> bool:
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 200_000).hex()
    return hmac.compare_digest(candidate, stored_hex)


def verify_env(password: str) -> bool:
    expected = os.environ["CONSOLE_PASSWORD"]
    return hmac.compare_digest(password, expected)
