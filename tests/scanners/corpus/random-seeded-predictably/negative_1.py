"""Negative example for random-seeded-predictably: the rule must not flag this."""
import secrets
def key_bits():
    return secrets.randbits(128)
