import argparse
import os

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt(data: bytes, enc_key: bytes, mac_key: bytes) -> bytes:
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    encryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
    ct = iv + encryptor.update(padded) + encryptor.finalize()
    tag = hmac.HMAC(mac_key, hashes.SHA256())
    tag.update(ct)
    return ct + tag.finalize()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    args = ap.parse_args()
    enc_key = bytes.fromhex(os.environ["ARCHIVE_ENC_KEY"])
    mac_key = bytes.fromhex(os.environ["ARCHIVE_MAC_KEY"])
    with open(args.src, "rb") as fh:
        out = encrypt(fh.read(), enc_key, mac_key)
    with open(args.dst, "wb") as fh:
        fh.write(out)


if __name__ == "__main__":
    main()
