import os
import secrets

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class FieldCipher:
    def __init__(self, key: bytes):
        self.key = key

    def encrypt(self, value: str) -> bytes:
        iv = secrets.token_bytes(16)
        padder = padding.PKCS7(128).padder()
        data = padder.update(value.encode()) + padder.finalize()
        enc = Cipher(algorithms.AES(self.key), modes.CBC(iv)).encryptor()
        return iv + enc.update(data) + enc.finalize()

    def decrypt(self, blob: bytes) -> str:
        dec = Cipher(algorithms.AES(self.key), modes.CBC(blob[:16])).decryptor()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(dec.update(blob[16:]) + dec.finalize()) + unpadder.finalize()).decode()


if __name__ == "__main__":
    fc = FieldCipher(bytes.fromhex(os.environ["FIELD_KEY"]))
    print(fc.encrypt("123-45-6789").hex())
