import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def load_key() -> bytes:
    key_path = os.environ.get("FIELD_KEY_FILE", "/run/secrets/field_key")
    with open(key_path, "rb") as fh:
        key = fh.read().strip()
    if len(key) != 32:
        raise RuntimeError("field key must be 32 bytes")
    return key


class FieldEncryptor:
    def __init__(self, key: bytes | None = None):
        self.aead = AESGCM(key or load_key())

    def encrypt(self, plaintext: str, record_id: str) -> bytes:
        nonce = os.urandom(12)
        return nonce + self.aead.encrypt(nonce, plaintext.encode(), record_id.encode())

    def decrypt(self, blob: bytes, record_id: str) -> str:
        nonce, ct = blob[:12], blob[12:]
        return self.aead.decrypt(nonce, ct, record_id.encode()).decode()


if __name__ == "__main__":
    enc = FieldEncryptor()
    sealed = enc.encrypt("4111-1111-1111-1111", "cust-42")
    print(enc.decrypt(sealed, "cust-42"))
