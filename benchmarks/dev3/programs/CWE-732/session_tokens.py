import json
import os
import stat
import time
from pathlib import Path


class TokenCache:
    """Caches OAuth access/refresh tokens between CLI runs."""

    def __init__(self, app_name):
        self.dir = Path.home() / ".cache" / app_name
        self.file = self.dir / "tokens.json"

    def save(self, tokens):
        self.dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        payload = dict(tokens, saved_at=int(time.time()))
        fd = os.open(self.file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR)
        with os.fdopen(fd, "w") as fh:
            json.dump(payload, fh)
        os.chmod(self.file, stat.S_IRUSR | stat.S_IWUSR)

    def load(self):
        if not self.file.exists():
            return None
        data = json.loads(self.file.read_text())
        if data.get("saved_at", 0) + data.get("expires_in", 0) < time.time():
            return None
        return data


if __name__ == "__main__":
    cache = TokenCache("reportcli")
    cache.save({"access_token": os.environ["ACCESS_TOKEN"], "expires_in": 3600})
    print(cache.load() is not None)
