import hashlib
import json

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


class RecordVault:
    def __init__(self, key: bytes):
        self.key = key

    def _iv(self, record_id: int) -> bytes:
        return hashlib.sha256(f"record-{record_id}".encode()).digest()[:16]

    def seal(self, record_id: int, record: dict) -> bytes:
        cipher = AES.new(self.key, AES.MODE_CBC, iv=self._iv(record_id))
        return cipher.encrypt(pad(json.dumps(record).encode(), AES.block_size))

    def open(self, record_id: int, blob: bytes) -> dict:
        cipher = AES.new(self.key, AES.MODE_CBC, iv=self._iv(record_id))
        return json.loads(unpad(cipher.decrypt(blob), AES.block_size))
