"""Negative for insufficient-entropy-random-string: a dice roll needs few values; the token has 256 bits."""
import secrets


def roll() -> int:
    return secrets.randbelow(6) + 1


def session_token() -> str:
    return secrets.token_urlsafe(32)
