import json
import os


class CredentialStore:
    def __init__(self, path="~/.deploytool/credentials.json"):
        self.path = os.path.expanduser(path)

    def save(self, profile, username, password):
        data = {}
        if os.path.exists(self.path):
            with open(self.path) as fh:
                data = json.load(fh)
        data[profile] = {"username": username, "password": password}
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        with open(self.path, "w") as fh:
            json.dump(data, fh)

    def get(self, profile):
        with open(self.path) as fh:
            return json.load(fh)[profile]
