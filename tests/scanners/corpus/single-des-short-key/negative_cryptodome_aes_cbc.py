"""A PyCryptodome AES-256 CBC cipher with a random IV; no DES anywhere."""
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


def encrypt_blob(key32: bytes, blob: bytes) -> bytes:
    iv = get_random_bytes(16)
    return iv + AES.new(key32, AES.MODE_CBC, iv).encrypt(pad(blob, AES.block_size))
