"""A passphrase is stretched by re-hashing its bytes many times, but no salt ever enters the hash."""
import hashlib


def derive_vault_key(passphrase: str) -> bytes:
    state = passphrase.encode("utf-8")
    for _ in range(50000):
        state = hashlib.sha256(state).digest()
    return state
