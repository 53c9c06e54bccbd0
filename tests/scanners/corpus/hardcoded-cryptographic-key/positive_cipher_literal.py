"""Positive for hardcoded-cryptographic-key: the cipher is keyed with a module constant built from a hex literal."""
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

K = bytes.fromhex("8f14e45fceea167a5a36dedd4bea2543")


def seal(data: bytes) -> bytes:
    nonce = get_random_bytes(12)
    cipher = AES.new(K, AES.MODE_GCM, nonce=nonce)
    body, tag = cipher.encrypt_and_digest(data)
    return nonce + tag + body
