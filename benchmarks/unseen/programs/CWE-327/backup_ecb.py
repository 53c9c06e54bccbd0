import os
import sys

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_file(src: str, dest: str, key: bytes) -> None:
    padder = padding.PKCS7(128).padder()
    with open(src, "rb") as fh:
        data = padder.update(fh.read()) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    with open(dest, "wb") as out:
        out.write(encryptor.update(data) + encryptor.finalize())


if __name__ == "__main__":
    encrypt_file(sys.argv[1], sys.argv[2], bytes.fromhex(os.environ["BACKUP_KEY"]))
