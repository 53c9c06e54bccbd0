import base64
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

KEY = bytes.fromhex(os.environ["MSG_KEY"])


def seal(message: str) -> str:
    iv = os.urandom(16)
    cipher = AES.new(KEY, AES.MODE_CBC, iv)
    return base64.b64encode(iv + cipher.encrypt(pad(message.encode(), AES.block_size))).decode()


def unseal(token: str) -> str:
    raw = base64.b64decode(token)
    cipher = AES.new(KEY, AES.MODE_CBC, raw[:16])
    return unpad(cipher.decrypt(raw[16:]), AES.block_size).decode()


if __name__ == "__main__":
    print(seal("meet at noon"))
