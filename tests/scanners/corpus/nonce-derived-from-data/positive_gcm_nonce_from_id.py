"""The GCM nonce is a truncated SHA-256 of the row id, so re-encrypting a row repeats the nonce."""
import hashlib

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class RowSealer:
    def __init__(self, key: bytes):
        self.key = key

    def _nonce(self, row_id: int) -> bytes:
        return hashlib.sha256(str(row_id).encode()).digest()[:12]

    def seal(self, row_id: int, value: bytes) -> bytes:
        enc = Cipher(algorithms.AES(self.key), modes.GCM(self._nonce(row_id))).encryptor()
        return enc.update(value) + enc.finalize() + enc.tag
