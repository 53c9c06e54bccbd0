"""Positive example for weak-asymmetric-key-size: the rule must flag this."""
from Crypto.PublicKey import RSA
BITS = 512 * 2
def make_key():
    return RSA.generate(BITS).export_key(format="OpenSSH")
