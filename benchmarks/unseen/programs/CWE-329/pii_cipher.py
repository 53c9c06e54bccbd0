import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class FieldCipher:
    def __init__(self, key: bytes):
        self.key = key
        self.iv = key[:16]

    def encrypt(self, value: str) -> bytes:
        padder = padding.PKCS7(128).padder()
        data = padder.update(value.encode()) + padder.finalize()
        enc = Cipher(algorithms.AES(self.key), modes.CBC(self.iv)).encryptor()
        return enc.update(data) + enc.finalize()

    def decrypt(self, blob: bytes) -> str:
        dec = Cipher(algorithms.AES(self.key), modes.CBC(self.iv)).decryptor()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(dec.update(blob) + dec.finalize()) + unpadder.finalize()).decode()


if __name__ == "__main__":
    fc = FieldCipher(bytes.fromhex(os.environ["FIELD_KEY"]))
    print(fc.encrypt("123-45-6789").hex())
