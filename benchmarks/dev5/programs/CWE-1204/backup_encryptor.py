"""Encrypt backup archives with AES-256-CBC + HMAC before upload."""
import hmac
import hashlib
import os
import sys

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def derive_keys(master: bytes):
    enc = hmac.new(master, b"backup-enc", hashlib.sha256).digest()
    mac = hmac.new(master, b"backup-mac", hashlib.sha256).digest()
    return enc, mac


def encrypt_file(src, dst, master):
    enc_key, mac_key = derive_keys(master)
    iv = os.urandom(16)
    with open(src, "rb") as fh:
        data = fh.read()
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    encryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
    ct = encryptor.update(padded) + encryptor.finalize()
    tag = hmac.new(mac_key, iv + ct, hashlib.sha256).digest()
    with open(dst, "wb") as out:
        out.write(iv + ct + tag)


if __name__ == "__main__":
    master_key = bytes.fromhex(os.environ["BACKUP_MASTER_KEY"])
    encrypt_file(sys.argv[1], sys.argv[2], master_key)
