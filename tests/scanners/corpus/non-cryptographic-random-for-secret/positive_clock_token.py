"""Positive for non-cryptographic-random-for-secret: the reset token is a hash of the current time."""
import hashlib
import time


def reset_token(email: str) -> str:
    return hashlib.sha256(f"{email}:{time.time()}".encode()).hexdigest()
