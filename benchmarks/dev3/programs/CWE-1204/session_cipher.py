import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = base64.b64decode(os.environ["SESSION_KEY"])


def encrypt_session(plaintext: str) -> str:
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext.encode()) + padder.finalize()
    enc = Cipher(algorithms.AES(KEY), modes.CBC(iv)).encryptor()
    return base64.urlsafe_b64encode(iv + enc.update(data) + enc.finalize()).decode()


def decrypt_session(token: str) -> str:
    raw = base64.urlsafe_b64decode(token)
    iv, body = raw[:16], raw[16:]
    dec = Cipher(algorithms.AES(KEY), modes.CBC(iv)).decryptor()
    data = dec.update(body) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return (unpadder.update(data) + unpadder.finalize()).decode()
