"""Column-level encryption helpers for customer PII."""
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class FieldCipher:
    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, var="PII_DATA_KEY"):
        hex_key = os.environ.get(var)
        if not hex_key:
            raise RuntimeError(f"{var} is not set; fetch it from the KMS before starting")
        return cls(bytes.fromhex(hex_key))

    def encrypt(self, plaintext: str, context: str) -> bytes:
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, plaintext.encode(), context.encode())

    def decrypt(self, blob: bytes, context: str) -> str:
        nonce, ct = blob[:12], blob[12:]
        return self._aead.decrypt(nonce, ct, context.encode()).decode()


if __name__ == "__main__":
    cipher = FieldCipher.from_env()
    token = cipher.encrypt("1985-03-02", "customers.birth_date")
    print(cipher.decrypt(token, "customers.birth_date"))
