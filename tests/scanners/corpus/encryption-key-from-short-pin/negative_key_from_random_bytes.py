import base64
import hashlib
import os

from cryptography.fernet import Fernet


def make_cipher(label: str) -> Fernet:
    seed = os.urandom(32)
    key = hashlib.sha256(seed + label.encode()).digest()
    return Fernet(base64.urlsafe_b64encode(key))
