"""Encrypts nightly export archives before they are copied off-site."""
import os
import sys

from Crypto.Cipher import DES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


def load_key():
    key = bytes.fromhex(os.environ["EXPORT_KEY_HEX"])
    if len(key) != 8:
        raise SystemExit("EXPORT_KEY_HEX must be 8 bytes")
    return key


def encrypt_file(src, dst, key):
    iv = get_random_bytes(8)
    cipher = DES.new(key, DES.MODE_CBC, iv)
    with open(src, "rb") as fh:
        data = fh.read()
    with open(dst, "wb") as out:
        out.write(iv)
        out.write(cipher.encrypt(pad(data, DES.block_size)))


if __name__ == "__main__":
    key = load_key()
    for path in sys.argv[1:]:
        encrypt_file(path, path + ".enc", key)
        print("encrypted", path)
