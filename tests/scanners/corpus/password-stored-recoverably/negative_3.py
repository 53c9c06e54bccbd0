"""Negative example for password-stored-recoverably: a one-way digest cannot be decoded back.

A fast unsalted digest is still weak (missing salt and work factor, CWE-759/916, reported by
password-hash-without-salt), but it is not a recoverable form of the password.
"""

import hashlib


def save_account(cursor, login, password):
    digest = hashlib.sha256(password.encode()).hexdigest()
    cursor.execute("INSERT INTO accounts (login, pw_digest) VALUES (%s, %s)", (login, digest))
