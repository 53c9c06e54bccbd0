"""Positive for insufficient-entropy-random-string: a 3-digit recovery code is guessed in at most a thousand tries."""
import secrets


def recovery_code() -> str:
    return str(secrets.randbelow(1000)).zfill(3)
