import base64
import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad

KEY = os.environ["CARD_KEY"].encode()[:8]


def encrypt_card(number: str) -> str:
    iv = os.urandom(8)
    cipher = DES.new(KEY, DES.MODE_CBC, iv)
    return base64.b64encode(iv + cipher.encrypt(pad(number.encode(), 8))).decode()


def decrypt_card(token: str) -> str:
    raw = base64.b64decode(token)
    cipher = DES.new(KEY, DES.MODE_CBC, raw[:8])
    return unpad(cipher.decrypt(raw[8:]), 8).decode()


if __name__ == "__main__":
    t = encrypt_card("4111111111111111")
    print(t, decrypt_card(t))
