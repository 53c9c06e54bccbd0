import base64
import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad

KEY = os.environ["CARD_STORE_KEY"].encode()[:8]


def encrypt_card(pan: str) -> str:
    iv = os.urandom(8)
    cipher = DES.new(KEY, DES.MODE_CBC, iv)
    return base64.b64encode(iv + cipher.encrypt(pad(pan.encode(), 8))).decode()


def decrypt_card(blob: str) -> str:
    raw = base64.b64decode(blob)
    cipher = DES.new(KEY, DES.MODE_CBC, raw[:8])
    return unpad(cipher.decrypt(raw[8:]), 8).decode()


def store(conn, customer_id, pan):
    conn.execute(
        "INSERT INTO cards (customer_id, pan_enc, last4) VALUES (%s, %s, %s)",
        (customer_id, encrypt_card(pan), pan[-4:]),
    )
