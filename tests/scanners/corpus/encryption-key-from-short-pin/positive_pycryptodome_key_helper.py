import hashlib

from Crypto.Cipher import AES


class Locker:
    def __init__(self, user_pin):
        self.key = self._derive(user_pin)

    def _derive(self, user_pin):
        return hashlib.pbkdf2_hmac("sha256", user_pin.encode(), b"locker", 100_000)

    def lock(self, data: bytes) -> bytes:
        cipher = AES.new(self.key, AES.MODE_GCM)
        ct, tag = cipher.encrypt_and_digest(data)
        return cipher.nonce + tag + ct
