import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class Box:
    def __init__(self, key: bytes):
        self.aead = AESGCM(key)

    def seal(self, plaintext: bytes, context: bytes = b"") -> bytes:
        nonce = os.urandom(12)
        return nonce + self.aead.encrypt(nonce, plaintext, context)

    def open(self, blob: bytes, context: bytes = b"") -> bytes:
        return self.aead.decrypt(blob[:12], blob[12:], context)


if __name__ == "__main__":
    box = Box(AESGCM.generate_key(bit_length=256))
    print(box.open(box.seal(b"hello")))
