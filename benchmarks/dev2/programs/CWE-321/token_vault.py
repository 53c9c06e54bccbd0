import base64
import json

from cryptography.fernet import Fernet

_FERNET_KEY = b"q3NvG1o8mS0zJ5l8Z8QkW0hJx2c3a9u7R4bTnYdPf1E="


class TokenVault:
    """Stores third-party API tokens encrypted in a JSON file."""

    def __init__(self, path="tokens.json"):
        self.path = path
        self.fernet = Fernet(_FERNET_KEY)

    def _load(self):
        try:
            with open(self.path) as fh:
                return json.load(fh)
        except FileNotFoundError:
            return {}

    def put(self, service, token):
        data = self._load()
        data[service] = self.fernet.encrypt(token.encode()).decode()
        with open(self.path, "w") as fh:
            json.dump(data, fh)

    def get(self, service):
        blob = self._load().get(service)
        if blob is None:
            return None
        return self.fernet.decrypt(blob.encode()).decode()
