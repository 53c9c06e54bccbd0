"""Positive example for object-reference-comparison: two strings compared by identity."""

import hashlib


def verify(password, stored):
    digest = hashlib.sha256(password.encode()).hexdigest()
    return digest is stored
