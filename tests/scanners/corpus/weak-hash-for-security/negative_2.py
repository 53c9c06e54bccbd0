"""Negative example for weak-hash-for-security: SHA-256 only turns random bytes into a salt; the password goes
through PBKDF2."""
import hashlib
import os


def hash_password(password, salt=None):
    if not salt:
        salt = hashlib.sha256(os.urandom(32)).hexdigest().encode("ascii")
    return hashlib.pbkdf2_hmac("sha512", password.encode(), salt, 600_000).hex()
