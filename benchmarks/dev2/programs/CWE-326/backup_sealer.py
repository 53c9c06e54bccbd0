import os
import sys

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt


def derive_key(passphrase: str, salt: bytes) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1)
    return kdf.derive(passphrase.encode())


def seal(src: str, dst: str, passphrase: str) -> None:
    salt = os.urandom(16)
    nonce = os.urandom(12)
    key = derive_key(passphrase, salt)
    with open(src, "rb") as fh:
        data = fh.read()
    blob = AESGCM(key).encrypt(nonce, data, None)
    with open(dst, "wb") as fh:
        fh.write(salt + nonce + blob)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: backup_sealer.py SRC DST")
    seal(sys.argv[1], sys.argv[2], os.environ["BACKUP_PASSPHRASE"])
