import hashlib
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = bytes.fromhex(os.environ["RECORD_KEY_HEX"])


def _iv_for(record_id: int) -> bytes:
    return hashlib.sha256(str(record_id).encode()).digest()[:16]


def encrypt_record(record_id: int, plaintext: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext) + padder.finalize()
    enc = Cipher(algorithms.AES(KEY), modes.CBC(_iv_for(record_id))).encryptor()
    return enc.update(data) + enc.finalize()


def decrypt_record(record_id: int, ciphertext: bytes) -> bytes:
    dec = Cipher(algorithms.AES(KEY), modes.CBC(_iv_for(record_id))).decryptor()
    data = dec.update(ciphertext) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(data) + unpadder.finalize()
