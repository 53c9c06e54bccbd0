"""Encrypts backup blobs with a key derived from an operator passphrase."""
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"BKV1"


@dataclass
class KdfParams:
    n: int = 2 ** 15
    r: int = 8
    p: int = 1
    length: int = 32


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Scrypt(salt=salt, length=params.length, n=params.n, r=params.r, p=params.p)
    return kdf.derive(passphrase.encode())


class BackupVault:
    def __init__(self, passphrase: str, params: KdfParams = KdfParams()):
        self.passphrase = passphrase
        self.params = params

    def seal(self, data: bytes) -> bytes:
        salt = os.urandom(16)
        nonce = os.urandom(12)
        key = derive(self.passphrase, salt, self.params)
        return MAGIC + salt + nonce + AESGCM(key).encrypt(nonce, data, MAGIC)

    def unseal(self, blob: bytes) -> bytes:
        if not blob.startswith(MAGIC):
            raise ValueError("not a vault blob")
        salt, nonce, ct = blob[4:20], blob[20:32], blob[32:]
        key = derive(self.passphrase, salt, self.params)
        return AESGCM(key).decrypt(nonce, ct, MAGIC)
