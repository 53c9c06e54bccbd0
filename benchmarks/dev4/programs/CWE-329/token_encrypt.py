import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = bytes.fromhex(os.environ["API_TOKEN_KEY"])


def encrypt_token(user_id: int, scope: str) -> str:
    plaintext = f"{user_id}:{scope}".encode()
    # IV derived from the user id so the same user always gets a stable token
    iv = user_id.to_bytes(16, "big")
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext) + padder.finalize()
    enc = Cipher(algorithms.AES(KEY), modes.CBC(iv)).encryptor()
    return base64.urlsafe_b64encode(enc.update(data) + enc.finalize()).decode()


def decrypt_token(token: str, user_id: int) -> str:
    iv = user_id.to_bytes(16, "big")
    dec = Cipher(algorithms.AES(KEY), modes.CBC(iv)).decryptor()
    raw = dec.update(base64.urlsafe_b64decode(token)) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return (unpadder.update(raw) + unpadder.finalize()).decode()


if __name__ == "__main__":
    t = encrypt_token(42, "read:invoices")
    print(t, decrypt_token(t, 42))
