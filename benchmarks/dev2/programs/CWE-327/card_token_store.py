import base64
import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad

KEY = os.environ["CARD_STORE_KEY"].encode()[:8]


def encrypt_pan(pan: str) -> str:
    iv = os.urandom(8)
    cipher = DES.new(KEY, DES.MODE_CBC, iv)
    ct = cipher.encrypt(pad(pan.encode(), DES.block_size))
    return base64.b64encode(iv + ct).decode()


def decrypt_pan(token: str) -> str:
    raw = base64.b64decode(token)
    cipher = DES.new(KEY, DES.MODE_CBC, raw[:8])
    return unpad(cipher.decrypt(raw[8:]), DES.block_size).decode()


if __name__ == "__main__":
    t = encrypt_pan("4000123412341234")
    print(t, decrypt_pan(t))
