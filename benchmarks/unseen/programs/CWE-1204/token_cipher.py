import hashlib

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


class TokenCipher:
    def __init__(self, secret: str):
        self.key = hashlib.sha256(secret.encode()).digest()
        self.iv = hashlib.md5(secret.encode()).digest()

    def seal(self, user_id: int) -> bytes:
        cipher = AES.new(self.key, AES.MODE_CBC, self.iv)
        return cipher.encrypt(pad(str(user_id).encode(), 16))

    def open(self, token: bytes) -> int:
        cipher = AES.new(self.key, AES.MODE_CBC, self.iv)
        return int(unpad(cipher.decrypt(token), 16))
