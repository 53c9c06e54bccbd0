"""Negative example for cbc-without-random-iv: the rule must not flag this."""
import os
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
def encrypt(key, data):
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()
