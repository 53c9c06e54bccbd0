"""Negative example for predictable-salt: the rule must not flag this."""
import os
from hashlib import pbkdf2_hmac
def derive(password):
    salt = os.urandom(16)
    return salt, pbkdf2_hmac("sha256", password.encode(), salt, 600000)
