import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = bytes.fromhex(os.environ["NOTES_KEY"])


def encrypt(text: str) -> bytes:
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    data = padder.update(text.encode()) + padder.finalize()
    enc = Cipher(algorithms.AES(KEY), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()


def decrypt(blob: bytes) -> str:
    iv, body = blob[:16], blob[16:]
    dec = Cipher(algorithms.AES(KEY), modes.CBC(iv)).decryptor()
    unpadder = padding.PKCS7(128).unpadder()
    data = unpadder.update(dec.update(body) + dec.finalize()) + unpadder.finalize()
    return data.decode()
