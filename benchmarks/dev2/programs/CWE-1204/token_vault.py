import base64
import hashlib

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


class TokenVault:
    """Stores third-party API tokens encrypted per user record."""

    def __init__(self, master_key: bytes):
        self.key = hashlib.sha256(master_key).digest()

    def _iv_for(self, user_id: int) -> bytes:
        return hashlib.md5(str(user_id).encode()).digest()

    def seal(self, user_id: int, token: str) -> str:
        cipher = AES.new(self.key, AES.MODE_CBC, iv=self._iv_for(user_id))
        return base64.b64encode(cipher.encrypt(pad(token.encode(), AES.block_size))).decode()

    def open(self, user_id: int, blob: str) -> str:
        cipher = AES.new(self.key, AES.MODE_CBC, iv=self._iv_for(user_id))
        return unpad(cipher.decrypt(base64.b64decode(blob)), AES.block_size).decode()


if __name__ == "__main__":
    import os
    vault = TokenVault(os.environ["VAULT_KEY"].encode())
    sealed = vault.seal(42, "ghp_exampletoken")
    print(sealed, vault.open(42, sealed))
