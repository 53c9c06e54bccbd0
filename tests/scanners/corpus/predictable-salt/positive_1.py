"""Positive example for predictable-salt: the rule must flag this."""
from hashlib import pbkdf2_hmac
def derive(password):
    return pbkdf2_hmac("sha256", password.encode(), b"static-salt", 600000)
