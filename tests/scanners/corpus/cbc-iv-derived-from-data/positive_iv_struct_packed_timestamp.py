"""cryptography CBC whose IV is the current time packed into 16 bytes: predictable and repeatable."""
import struct
import time

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def seal(key: bytes, message: bytes) -> bytes:
    iv = struct.pack("<dQ", time.time(), 7)
    padder = padding.PKCS7(128).padder()
    data = padder.update(message) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()
