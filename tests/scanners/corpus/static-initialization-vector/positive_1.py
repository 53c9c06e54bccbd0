"""Positive example for static-initialization-vector: the rule must flag this."""
from Crypto.Cipher import AES
IV = b"0000000000000000"
def encrypt(key, data):
    return AES.new(key, AES.MODE_CBC, IV).encrypt(data)
