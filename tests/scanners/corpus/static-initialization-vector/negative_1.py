"""Negative example for static-initialization-vector: the rule must not flag this."""
import os
from Crypto.Cipher import AES
def encrypt(key, data):
    iv = os.urandom(16)
    return iv + AES.new(key, AES.MODE_CBC, iv).encrypt(data)
