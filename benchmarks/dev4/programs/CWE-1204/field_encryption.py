import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class FieldCipher:
    """Encrypts individual database columns (e.g. national id numbers)."""

    NONCE_LEN = 12

    def __init__(self, key: bytes):
        self.aead = AESGCM(key)

    def encrypt(self, plaintext: str, column: str) -> bytes:
        nonce = os.urandom(self.NONCE_LEN)
        return nonce + self.aead.encrypt(nonce, plaintext.encode(), column.encode())

    def decrypt(self, blob: bytes, column: str) -> str:
        nonce, ct = blob[:self.NONCE_LEN], blob[self.NONCE_LEN:]
        return self.aead.decrypt(nonce, ct, column.encode()).decode()


if __name__ == "__main__":
    fc = FieldCipher(AESGCM.generate_key(bit_length=256))
    token = fc.encrypt("123-45-6789", "ssn")
    print(token.hex(), fc.decrypt(token, "ssn"))
