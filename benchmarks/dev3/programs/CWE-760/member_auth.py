import hashlib
import hmac

from django.db import models


class Member(models.Model):
    email = models.EmailField(unique=True)
    password_hash = models.CharField(max_length=128)

    @staticmethod
    def _hash(email, raw_password):
        salt = email.lower().encode()
        return hashlib.pbkdf2_hmac("sha256", raw_password.encode(), salt, 200_000).hex()

    def set_password(self, raw_password):
        self.password_hash = self._hash(self.email, raw_password)

    def check_password(self, raw_password):
        return hmac.compare_digest(self.password_hash, self._hash(self.email, raw_password))
