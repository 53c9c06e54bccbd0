"""A random IV is drawn once when the helper is built and then reused for every message it encrypts."""
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class FieldEncryptor:
    def __init__(self, key: bytes):
        self.key = key
        self.iv = os.urandom(16)

    def encrypt(self, value: str) -> bytes:
        padder = padding.PKCS7(128).padder()
        data = padder.update(value.encode()) + padder.finalize()
        enc = Cipher(algorithms.AES(self.key), modes.CBC(self.iv)).encryptor()
        return enc.update(data) + enc.finalize()
