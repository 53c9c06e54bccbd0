"""Negative example for weak-asymmetric-key-size: the rule must not flag this."""
from Crypto.PublicKey import RSA
def make_key():
    return RSA.generate(3072).export_key(format="OpenSSH")
