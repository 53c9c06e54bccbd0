import base64
import hashlib

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


class TokenStore:
    """Stores third-party API tokens encrypted per user record."""

    def __init__(self, master_key: bytes):
        self.key = hashlib.sha256(master_key).digest()

    def seal(self, token: str) -> str:
        iv = get_random_bytes(AES.block_size)
        cipher = AES.new(self.key, AES.MODE_CBC, iv=iv)
        return base64.b64encode(iv + cipher.encrypt(pad(token.encode(), AES.block_size))).decode()

    def open(self, blob: str) -> str:
        raw = base64.b64decode(blob)
        iv, body = raw[:AES.block_size], raw[AES.block_size:]
        cipher = AES.new(self.key, AES.MODE_CBC, iv=iv)
        return unpad(cipher.decrypt(body), AES.block_size).decode()


if __name__ == "__main__":
    import os
    store = TokenStore(os.environ["VAULT_KEY"].encode())
    sealed = store.seal("ghp_exampletoken")
    print(sealed, store.open(sealed))
