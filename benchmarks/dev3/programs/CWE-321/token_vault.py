import os

from cryptography.fernet import Fernet
from django.conf import settings
from django.db import models


def _cipher():
    key = os.environ.get("OAUTH_TOKEN_KEY") or getattr(settings, "OAUTH_TOKEN_KEY", None)
    if not key:
        raise RuntimeError("OAUTH_TOKEN_KEY is not configured")
    return Fernet(key)


class LinkedAccount(models.Model):
    user = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    provider = models.CharField(max_length=32)
    _refresh_token = models.TextField(db_column="refresh_token")

    @property
    def refresh_token(self):
        return _cipher().decrypt(self._refresh_token.encode()).decode()

    @refresh_token.setter
    def refresh_token(self, value):
        self._refresh_token = _cipher().encrypt(value.encode()).decode()

    def masked(self):
        return f"{self.provider}:****{self.refresh_token[-4:]}"
