import json
import os
import time

CACHE_DIR = os.path.expanduser("~/.cache/cloudctl")


class TokenCache:
    def __init__(self, directory=CACHE_DIR):
        self.directory = directory
        self.path = os.path.join(directory, "tokens.json")

    def _ensure_dir(self):
        os.makedirs(self.directory, mode=0o777, exist_ok=True)

    def save(self, profile, access_token, expires_in):
        self._ensure_dir()
        data = self.load_all()
        data[profile] = {"token": access_token, "expires": time.time() + expires_in}
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        with os.fdopen(fd, "w") as fh:
            json.dump(data, fh)

    def load_all(self):
        try:
            with open(self.path) as fh:
                return json.load(fh)
        except FileNotFoundError:
            return {}

    def get(self, profile):
        entry = self.load_all().get(profile)
        if entry and entry["expires"] > time.time():
            return entry["token"]
        return None


if __name__ == "__main__":
    os.umask(0)
    cache = TokenCache()
    cache.save("default", os.environ["CLOUDCTL_TOKEN"], 3600)
