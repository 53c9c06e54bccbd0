import os
import sys

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


def seal_file(key: bytes, src: str, dst: str):
    iv = get_random_bytes(AES.block_size)
    cipher = AES.new(key, AES.MODE_CBC, iv=iv)
    with open(src, "rb") as fh:
        data = fh.read()
    with open(dst, "wb") as out:
        out.write(iv)
        out.write(cipher.encrypt(pad(data, AES.block_size)))


def open_file(key: bytes, src: str) -> bytes:
    with open(src, "rb") as fh:
        iv = fh.read(AES.block_size)
        body = fh.read()
    return unpad(AES.new(key, AES.MODE_CBC, iv=iv).decrypt(body), AES.block_size)


if __name__ == "__main__":
    key = bytes.fromhex(os.environ["VAULT_KEY"])
    cmd, path = sys.argv[1], sys.argv[2]
    if cmd == "seal":
        seal_file(key, path, path + ".vault")
    else:
        sys.stdout.buffer.write(open_file(key, path))
