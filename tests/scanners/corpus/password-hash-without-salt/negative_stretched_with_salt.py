"""The passphrase is stretched with a random per-user salt mixed into the first round."""
import hashlib
import os


def derive_vault_key(passphrase: str, salt: bytes | None = None) -> tuple[bytes, bytes]:
    salt = salt or os.urandom(16)
    state = passphrase.encode("utf-8")
    state = hashlib.sha256(salt + state).digest()
    for _ in range(50000):
        state = hashlib.sha256(salt + state).digest()
    return salt, state
