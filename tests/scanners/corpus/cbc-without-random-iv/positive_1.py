"""Positive example for cbc-without-random-iv: the rule must flag this."""
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
def encrypt(key, data):
    enc = Cipher(algorithms.AES(key), modes.CBC(b"\x00" * 16)).encryptor()
    return enc.update(data) + enc.finalize()
