import os
import secrets
import sys

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt(enc_key: bytes, mac_key: bytes, data: bytes) -> bytes:
    iv = secrets.token_bytes(16)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
    ct = iv + enc.update(padded) + enc.finalize()
    tag = hmac.HMAC(mac_key, hashes.SHA256())
    tag.update(ct)
    return ct + tag.finalize()


def decrypt(enc_key: bytes, mac_key: bytes, blob: bytes) -> bytes:
    ct, tag = blob[:-32], blob[-32:]
    check = hmac.HMAC(mac_key, hashes.SHA256())
    check.update(ct)
    check.verify(tag)
    iv, body = ct[:16], ct[16:]
    dec = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).decryptor()
    padded = dec.update(body) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


if __name__ == "__main__":
    ek, mk = bytes.fromhex(os.environ["VAULT_ENC_KEY"]), bytes.fromhex(os.environ["VAULT_MAC_KEY"])
    src = sys.argv[1]
    with open(src, "rb") as fh:
        blob = encrypt(ek, mk, fh.read())
    with open(src + ".vault", "wb") as fh:
        fh.write(blob)
