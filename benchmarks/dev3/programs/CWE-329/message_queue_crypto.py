import json
import secrets

from cryptography.hazmat.primitives import hashes, hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class EnvelopeCodec:
    def __init__(self, enc_key: bytes, mac_key: bytes):
        self.enc_key = enc_key
        self.mac_key = mac_key

    def pack(self, message: dict) -> bytes:
        iv = secrets.token_bytes(16)
        padder = padding.PKCS7(128).padder()
        body = padder.update(json.dumps(message).encode()) + padder.finalize()
        enc = Cipher(algorithms.AES(self.enc_key), modes.CBC(iv)).encryptor()
        ct = iv + enc.update(body) + enc.finalize()
        mac = hmac.HMAC(self.mac_key, hashes.SHA256())
        mac.update(ct)
        return ct + mac.finalize()

    def unpack(self, blob: bytes) -> dict:
        ct, tag = blob[:-32], blob[-32:]
        mac = hmac.HMAC(self.mac_key, hashes.SHA256())
        mac.update(ct)
        mac.verify(tag)
        dec = Cipher(algorithms.AES(self.enc_key), modes.CBC(ct[:16])).decryptor()
        padded = dec.update(ct[16:]) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return json.loads(unpadder.update(padded) + unpadder.finalize())
