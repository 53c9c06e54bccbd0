"""A CTR cipher gets a random 8-byte nonce per message, returned along with the ciphertext."""
from Cryptodome.Cipher import AES
from Cryptodome.Random import get_random_bytes


def seal(key: bytes, data: bytes) -> tuple[bytes, bytes]:
    nonce = get_random_bytes(8)
    return nonce, AES.new(key, AES.MODE_CTR, nonce=nonce).encrypt(data)
