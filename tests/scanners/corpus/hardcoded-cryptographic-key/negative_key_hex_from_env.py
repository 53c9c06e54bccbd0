import os

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

SETTINGS = {
    "aead_key_hex": os.environ["AEAD_KEY_HEX"],
    "key_hex_length": "64",
}


def cipher():
    return ChaCha20Poly1305(bytes.fromhex(SETTINGS["aead_key_hex"]))
