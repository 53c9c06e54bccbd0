import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = bytes.fromhex(os.environ["TOKEN_KEY_HEX"])
IV = b"\x00" * 16


def encrypt_token(plaintext: str) -> str:
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext.encode()) + padder.finalize()
    enc = Cipher(algorithms.AES(KEY), modes.CBC(IV)).encryptor()
    return base64.urlsafe_b64encode(enc.update(data) + enc.finalize()).decode()


def decrypt_token(token: str) -> str:
    dec = Cipher(algorithms.AES(KEY), modes.CBC(IV)).decryptor()
    data = dec.update(base64.urlsafe_b64decode(token)) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return (unpadder.update(data) + unpadder.finalize()).decode()
