"""Negative example for broken-cipher-algorithm: the rule must not flag this."""
from Crypto.Cipher import AES
def encrypt(key, data):
    cipher = AES.new(key, AES.MODE_GCM)
    return cipher.nonce, cipher.encrypt_and_digest(data)
