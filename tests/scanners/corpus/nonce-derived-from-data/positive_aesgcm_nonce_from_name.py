"""The AEAD nonce is a hash of the bucket name, so every object in a bucket shares it."""
import hashlib

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


class BucketSealer:
    def __init__(self, key: bytes, bucket: str):
        self.box = ChaCha20Poly1305(key)
        self.iv = hashlib.blake2b(bucket.encode(), digest_size=12).digest()

    def put(self, blob: bytes) -> bytes:
        return self.box.encrypt(self.iv, blob, b"bucket")
