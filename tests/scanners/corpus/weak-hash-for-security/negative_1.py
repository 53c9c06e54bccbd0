"""Negative example for weak-hash-for-security: the rule must not flag this."""
import hashlib
def fingerprint(cert):
    return hashlib.sha256(cert).hexdigest()
