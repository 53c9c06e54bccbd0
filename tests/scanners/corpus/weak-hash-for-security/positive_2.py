"""Positive example for weak-hash-for-security: one fast SHA-256 round over the password and its salt."""
import hashlib
import os


def hash_password(password, salt=None):
    salt = salt or os.urandom(16).hex()
    return hashlib.sha256((salt + password).encode()).hexdigest()
