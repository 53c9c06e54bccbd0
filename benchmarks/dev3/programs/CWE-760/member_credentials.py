import hashlib
import hmac
import os

from django.db import models


class Member(models.Model):
    email = models.EmailField(unique=True)
    password_salt = models.BinaryField(max_length=16)
    password_hash = models.CharField(max_length=128)

    @staticmethod
    def _hash(salt, raw_password):
        return hashlib.pbkdf2_hmac("sha256", raw_password.encode(), salt, 200_000).hex()

    def set_password(self, raw_password):
        self.password_salt = os.urandom(16)
        self.password_hash = self._hash(self.password_salt, raw_password)

    def check_password(self, raw_password):
        return hmac.compare_digest(self.password_hash,
                                   self._hash(bytes(self.password_salt), raw_password))
