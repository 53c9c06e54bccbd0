import os
import sys

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

ENC_KEY = bytes.fromhex(os.environ["BACKUP_ENC_KEY_HEX"])
MAC_KEY = bytes.fromhex(os.environ["BACKUP_MAC_KEY_HEX"])


def encrypt_file(src, dst):
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    encryptor = Cipher(algorithms.AES(ENC_KEY), modes.CBC(iv)).encryptor()
    with open(src, "rb") as fin:
        data = fin.read()
    ciphertext = encryptor.update(padder.update(data) + padder.finalize()) + encryptor.finalize()
    mac = hmac.HMAC(MAC_KEY, hashes.SHA256())
    mac.update(iv + ciphertext)
    with open(dst, "wb") as fout:
        fout.write(iv + ciphertext + mac.finalize())


if __name__ == "__main__":
    encrypt_file(sys.argv[1], sys.argv[2])
