import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["CARD_KEY_HEX"])


def encrypt_card(number: str) -> str:
    nonce = os.urandom(12)
    ct = AESGCM(KEY).encrypt(nonce, number.encode(), b"card")
    return base64.b64encode(nonce + ct).decode()


def decrypt_card(token: str) -> str:
    raw = base64.b64decode(token)
    return AESGCM(KEY).decrypt(raw[:12], raw[12:], b"card").decode()


if __name__ == "__main__":
    t = encrypt_card("4111111111111111")
    print(t, decrypt_card(t))
