"""Negative example for non-cryptographic-random-for-secret: the rule must not flag this."""
import secrets
def session_id():
    return secrets.token_hex(16)
