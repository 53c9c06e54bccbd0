"""One GCM nonce is generated at import time and used for every message afterwards."""
from Cryptodome.Cipher import AES
from Cryptodome.Random import get_random_bytes

NONCE = get_random_bytes(12)


def seal(key: bytes, data: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_GCM, nonce=NONCE)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return ciphertext + tag
