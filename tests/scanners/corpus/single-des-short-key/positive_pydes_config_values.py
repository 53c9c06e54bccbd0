"""Configuration values obfuscated with pyDes single DES before they are written to disk."""
import pyDes


def protect(value: str, key: bytes) -> bytes:
    engine = pyDes.des(key, pyDes.CBC, b"\0" * 8, pad=None, padmode=pyDes.PAD_PKCS5)
    return engine.encrypt(value.encode())
