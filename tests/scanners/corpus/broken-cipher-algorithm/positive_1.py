"""Positive example for broken-cipher-algorithm: the rule must flag this."""
from Crypto.Cipher import DES
def encrypt(key, data):
    return DES.new(key, DES.MODE_CBC).encrypt(data)
