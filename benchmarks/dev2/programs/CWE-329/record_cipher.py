import hashlib
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


class RecordCipher:
    """Encrypts customer notes; each record gets its own IV."""

    def __init__(self, key: bytes):
        self.key = key

    def _iv_for(self, record_id: int) -> bytes:
        return hashlib.sha256(f"{record_id}".encode()).digest()[:16]

    def encrypt(self, record_id: int, note: str) -> bytes:
        cipher = AES.new(self.key, AES.MODE_CBC, iv=self._iv_for(record_id))
        return cipher.encrypt(pad(note.encode(), AES.block_size))

    def decrypt(self, record_id: int, blob: bytes) -> str:
        cipher = AES.new(self.key, AES.MODE_CBC, iv=self._iv_for(record_id))
        return unpad(cipher.decrypt(blob), AES.block_size).decode()


if __name__ == "__main__":
    rc = RecordCipher(bytes.fromhex(os.environ["NOTES_KEY"]))
    blob = rc.encrypt(17, "called about refund")
    print(rc.decrypt(17, blob))
