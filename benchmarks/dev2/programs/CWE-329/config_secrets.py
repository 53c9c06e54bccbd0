import base64
import json
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

IV = b"\x00" * 16


def _key() -> bytes:
    return base64.b64decode(os.environ["CONFIG_KEY"])


def encrypt_value(value: str) -> str:
    padder = padding.PKCS7(128).padder()
    data = padder.update(value.encode()) + padder.finalize()
    enc = Cipher(algorithms.AES(_key()), modes.CBC(IV)).encryptor()
    return base64.b64encode(enc.update(data) + enc.finalize()).decode()


def decrypt_value(blob: str) -> str:
    dec = Cipher(algorithms.AES(_key()), modes.CBC(IV)).decryptor()
    data = dec.update(base64.b64decode(blob)) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return (unpadder.update(data) + unpadder.finalize()).decode()


def encrypt_file(src: str, dst: str) -> None:
    with open(src) as fh:
        cfg = json.load(fh)
    cfg = {k: encrypt_value(v) if k.endswith("_password") else v for k, v in cfg.items()}
    with open(dst, "w") as fh:
        json.dump(cfg, fh, indent=2)
