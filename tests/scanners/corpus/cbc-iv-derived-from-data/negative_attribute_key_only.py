"""Negative example for cbc-iv-derived-from-data: only the key is derived in __init__; each message gets a fresh random IV."""
import hashlib
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


class AccountSealer:
    def __init__(self, passphrase, salt):
        self.key = hashlib.scrypt(passphrase.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)

    def seal(self, note):
        iv = os.urandom(16)
        return iv + AES.new(self.key, AES.MODE_CBC, iv).encrypt(pad(note, 16))
