"""Derive the local vault key from the master password."""
import json
import os
import secrets
from pathlib import Path

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

HEADER = Path.home() / ".vault" / "header.json"


def _kdf(salt: bytes) -> Scrypt:
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1)


def create_header(master_password: str) -> bytes:
    salt = secrets.token_bytes(16)
    key = _kdf(salt).derive(master_password.encode())
    check = _kdf(salt + b"check").derive(master_password.encode())
    HEADER.parent.mkdir(mode=0o700, exist_ok=True)
    HEADER.write_text(json.dumps({"salt": salt.hex(), "check": check.hex()}))
    os.chmod(HEADER, 0o600)
    return key


def unlock(master_password: str) -> bytes:
    header = json.loads(HEADER.read_text())
    salt = bytes.fromhex(header["salt"])
    _kdf(salt + b"check").verify(master_password.encode(), bytes.fromhex(header["check"]))
    return _kdf(salt).derive(master_password.encode())
