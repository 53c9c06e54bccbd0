import os
import sys
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_file(path, key):
    """Encrypt a file with the given 32-byte key."""
    nonce = os.urandom(12)
    with open(path, "rb") as fh:
        data = fh.read()
    ct = AESGCM(key).encrypt(nonce, data, None)
    with open(path + ".enc", "wb") as out:
        out.write(nonce + ct)


if __name__ == "__main__":
    encrypt_file(sys.argv[1], bytes.fromhex(sys.argv[2]))
