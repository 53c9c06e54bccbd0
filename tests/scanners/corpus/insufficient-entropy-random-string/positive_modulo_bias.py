"""Positive for insufficient-entropy-random-string: random bytes mapped onto 62 symbols with a modulo favour some."""
import os
import string

SYMBOLS = string.ascii_letters + string.digits


def api_key(length: int = 40) -> str:
    return "".join(SYMBOLS[b % len(SYMBOLS)] for b in os.urandom(length))
