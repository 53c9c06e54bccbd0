import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class FieldEncryptor:
    """Encrypts individual PII columns before they are written to the warehouse."""

    DEFAULT_KEY = bytes.fromhex("6f1c2a9e4b7d03f58a61c2e9d4b07f3a1e5c9d2b8a4f60e7c3d1b5a9f2e4c8d0")

    def __init__(self, key=None):
        self.key = key or self.DEFAULT_KEY
        self._aead = AESGCM(self.key)

    def encrypt(self, column: str, value: str) -> str:
        nonce = os.urandom(12)
        ct = self._aead.encrypt(nonce, value.encode(), column.encode())
        return base64.b64encode(nonce + ct).decode()

    def decrypt(self, column: str, blob: str) -> str:
        raw = base64.b64decode(blob)
        return self._aead.decrypt(raw[:12], raw[12:], column.encode()).decode()


def encrypt_row(row: dict, columns=("ssn", "dob", "phone")) -> dict:
    enc = FieldEncryptor()
    return {k: enc.encrypt(k, v) if k in columns and v else v for k, v in row.items()}
