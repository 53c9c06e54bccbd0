"""Negative example for secret-compared-in-variable-time: a salted digest of the typed password is compared.

Both sides are digests; the timing can reveal digest bytes only, which give no way back to the
password (the salted slow hash is the protection here).
"""

import hashlib


def password_matches(row, typed):
    salt, stored_hash = bytes.fromhex(row["salt"]), row["pw_hash"]
    typed_hash = hashlib.pbkdf2_hmac("sha256", typed.encode(), salt, 310_000).hex()
    return typed_hash == stored_hash
