"""Session tokens sealed with single DES (PyCryptodome): an 8-byte key, 56 effective bits."""
from Cryptodome.Cipher import DES
from Cryptodome.Util.Padding import pad


def seal_token(secret8: bytes, token: str) -> bytes:
    box = DES.new(secret8, DES.MODE_ECB)
    return box.encrypt(pad(token.encode(), 8))
