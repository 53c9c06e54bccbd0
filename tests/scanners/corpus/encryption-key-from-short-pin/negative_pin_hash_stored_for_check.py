"""The PIN is only verified against a stored salted hash; data keys are random and kept in the keyring."""
import hashlib
import hmac
import os

from cryptography.fernet import Fernet


def pin_matches(stored: bytes, salt: bytes, pin: str) -> bool:
    return hmac.compare_digest(stored, hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1))


def new_vault_key() -> bytes:
    return Fernet.generate_key()


def open_vault(key: bytes, blob: bytes) -> bytes:
    return Fernet(key).decrypt(blob)
