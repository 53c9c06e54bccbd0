"""Negative example for object-reference-comparison: constant-time value comparison, identity only with None."""

import hashlib
import hmac


def verify(password, stored):
    digest = hashlib.sha256(password.encode()).hexdigest()
    return hmac.compare_digest(digest, stored)


def first_or_default(items, default=None):
    found = items[0] if items else None
    return default if found is None else found
