"""Negative example for insufficient-entropy-random-string: the rule must not flag this."""
import secrets
import string
def token(n):
    return "".join(secrets.choice(string.ascii_letters) for _ in range(n))
