"""Positive for hardcoded-cryptographic-key: a key hashed from a constant phrase is as public as the phrase."""
import base64
import hashlib

from cryptography.fernet import Fernet

vault_key = base64.urlsafe_b64encode(hashlib.sha256(b"office-vault-2024").digest())


def lock(note: str) -> bytes:
    return Fernet(vault_key).encrypt(note.encode())
