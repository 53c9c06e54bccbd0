"""The IV helper draws fresh random bytes; decryption reads the IV stored in front of the ciphertext."""
import os

from Cryptodome.Cipher import AES
from Cryptodome.Util.Padding import pad, unpad


def fresh_iv() -> bytes:
    return os.urandom(16)


def seal(key: bytes, data: bytes) -> bytes:
    iv = fresh_iv()
    return iv + AES.new(key, AES.MODE_CBC, iv=iv).encrypt(pad(data, 16))


def unseal(key: bytes, blob: bytes) -> bytes:
    iv, body = blob[:16], blob[16:]
    return unpad(AES.new(key, AES.MODE_CBC, iv=iv).decrypt(body), 16)
