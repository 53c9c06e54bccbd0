"""Positive example for hardcoded-cryptographic-key: the rule must flag this."""
from cryptography.fernet import Fernet
SECRET_KEY = "kVx1c3VwZXItc2VjcmV0LWtleS0xMjM0NTY3OA=="
def seal(data):
    return Fernet(SECRET_KEY).encrypt(data)
