"""Positive example for weak-hash-for-security: the rule must flag this."""
import hashlib
def fingerprint(cert):
    return hashlib.md5(cert).hexdigest()
