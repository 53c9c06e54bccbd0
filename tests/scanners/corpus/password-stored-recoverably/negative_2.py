"""Negative example for password-stored-recoverably: only a salted scrypt digest is kept."""

import hashlib
import hmac
import os


def enroll(store, name, password):
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    store[name] = (salt, digest)


def verify(store, name, password):
    salt, digest = store[name]
    attempt = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return hmac.compare_digest(attempt, digest)
