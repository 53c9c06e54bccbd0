"""Negative for hardcoded-cryptographic-key: the cipher and the token signer take their keys from the environment."""
import os

import jwt
from cryptography.fernet import Fernet

K = os.environ["NOTES_KEY"].encode()


def lock(note: str) -> bytes:
    return Fernet(K).encrypt(note.encode())


def issue(user_id: int) -> str:
    return jwt.encode({"sub": user_id}, os.environ["JWT_SECRET"], algorithm="HS256")
