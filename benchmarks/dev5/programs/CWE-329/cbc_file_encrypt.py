import os
import sys

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


def encrypt_file(key: bytes, src: str, dst: str) -> None:
    iv = os.urandom(AES.block_size)
    cipher = AES.new(key, AES.MODE_CBC, iv)
    with open(src, "rb") as f:
        ct = cipher.encrypt(pad(f.read(), AES.block_size))
    with open(dst, "wb") as f:
        f.write(iv + ct)


def decrypt_file(key: bytes, src: str) -> bytes:
    with open(src, "rb") as f:
        blob = f.read()
    cipher = AES.new(key, AES.MODE_CBC, blob[:AES.block_size])
    return unpad(cipher.decrypt(blob[AES.block_size:]), AES.block_size)


if __name__ == "__main__":
    k = bytes.fromhex(os.environ["FILE_KEY"])
    encrypt_file(k, sys.argv[1], sys.argv[2])
