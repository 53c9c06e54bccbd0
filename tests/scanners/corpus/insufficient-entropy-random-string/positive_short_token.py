"""Positive for insufficient-entropy-random-string: an unsubscribe token of only 4 random bytes."""
import secrets


def unsubscribe_link(email: str, store: dict) -> str:
    token = secrets.token_hex(4)
    store[token] = email
    return "https://news.example.org/unsubscribe/" + token
