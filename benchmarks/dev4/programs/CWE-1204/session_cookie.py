import base64
import json
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = bytes.fromhex(os.environ["SESSION_KEY_HEX"])
IV = b"\x00" * 16


def seal(session: dict) -> str:
    padder = padding.PKCS7(128).padder()
    data = padder.update(json.dumps(session).encode()) + padder.finalize()
    enc = Cipher(algorithms.AES(KEY), modes.CBC(IV)).encryptor()
    return base64.urlsafe_b64encode(enc.update(data) + enc.finalize()).decode()


def unseal(token: str) -> dict:
    raw = base64.urlsafe_b64decode(token)
    dec = Cipher(algorithms.AES(KEY), modes.CBC(IV)).decryptor()
    padded = dec.update(raw) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return json.loads(unpadder.update(padded) + unpadder.finalize())
