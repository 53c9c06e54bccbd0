import base64
import json
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class MessageBox:
    """Encrypts chat messages at rest."""

    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("need a 256-bit key")
        self._key = key

    def seal(self, sender: str, text: str) -> str:
        body = json.dumps({"from": sender, "text": text}).encode()
        padder = padding.PKCS7(128).padder()
        data = padder.update(body) + padder.finalize()
        enc = Cipher(algorithms.AES(self._key), modes.ECB()).encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode()

    def open(self, blob: str) -> dict:
        dec = Cipher(algorithms.AES(self._key), modes.ECB()).decryptor()
        data = dec.update(base64.b64decode(blob)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return json.loads(unpadder.update(data) + unpadder.finalize())


box = MessageBox(bytes.fromhex(os.environ["MSG_KEY_HEX"]))
