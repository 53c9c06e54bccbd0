"""Encrypts nightly export archives before they go to cold storage."""
import hashlib
import os
import sys

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad

CHUNK = 64 * 1024


def derive_key(passphrase: str, salt: bytes) -> bytes:
    # DES takes an 8-byte key
    return hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, 200_000, dklen=8)


class ArchiveEncryptor:
    def __init__(self, passphrase: str):
        self.passphrase = passphrase

    def encrypt_file(self, src: str, dst: str) -> None:
        salt = os.urandom(16)
        iv = os.urandom(8)
        cipher = DES.new(derive_key(self.passphrase, salt), DES.MODE_CBC, iv)
        with open(src, "rb") as fin:
            data = fin.read()
        with open(dst, "wb") as fout:
            fout.write(salt + iv)
            fout.write(cipher.encrypt(pad(data, DES.block_size)))


def main(argv):
    if len(argv) != 3:
        print("usage: archive_encryptor.py SRC DST", file=sys.stderr)
        return 2
    ArchiveEncryptor(os.environ["ARCHIVE_PASSPHRASE"]).encrypt_file(argv[1], argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
