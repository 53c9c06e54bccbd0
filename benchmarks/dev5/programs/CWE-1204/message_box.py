import os

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_LEN = 12


def seal(key: bytes, message: bytes, sender: str) -> bytes:
    nonce = os.urandom(NONCE_LEN)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, message, sender.encode())


def unseal(key: bytes, blob: bytes, sender: str) -> bytes:
    nonce, ct = blob[:NONCE_LEN], blob[NONCE_LEN:]
    return ChaCha20Poly1305(key).decrypt(nonce, ct, sender.encode())


if __name__ == "__main__":
    k = ChaCha20Poly1305.generate_key()
    box = seal(k, b"meet at noon", "alice")
    print(unseal(k, box, "alice"))
