"""Offline notes are sealed with AES-GCM under a SHA-256 of the 6-digit passcode."""
import hashlib
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def seal_note(passcode: str, text: str) -> bytes:
    key = hashlib.sha256(passcode.encode()).digest()
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, text.encode(), None)
