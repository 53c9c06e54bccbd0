"""Each member password gets its own random scrypt salt stored next to the hash."""
import hashlib
import os


def hash_member_password(password: str) -> tuple[bytes, bytes]:
    salt = os.urandom(16)
    return salt, hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
