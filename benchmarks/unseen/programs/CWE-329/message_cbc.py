import base64
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

KEY = bytes.fromhex(os.environ["MSG_KEY"])
IV = bytes(16)


def seal(message: str) -> str:
    cipher = AES.new(KEY, AES.MODE_CBC, IV)
    return base64.b64encode(cipher.encrypt(pad(message.encode(), AES.block_size))).decode()


def unseal(token: str) -> str:
    cipher = AES.new(KEY, AES.MODE_CBC, IV)
    return unpad(cipher.decrypt(base64.b64decode(token)), AES.block_size).decode()


if __name__ == "__main__":
    print(seal("meet at noon"))
