"""A user repository derives each PBKDF2HMAC salt from the account's e-mail address by a method."""
import base64
import hashlib

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC


class Accounts:
    def __init__(self, db):
        self.db = db

    def _salt(self, email):
        return hashlib.sha256(email.strip().lower().encode()).digest()[:16]

    def set_password(self, email, secret):
        kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=self._salt(email), iterations=390000)
        self.db[email] = base64.b64encode(kdf.derive(secret.encode()))
