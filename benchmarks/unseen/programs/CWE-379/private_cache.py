import os
import pickle
from pathlib import Path


class ResultCache:
    def __init__(self, app_name="analyzer"):
        self.root = Path.home() / ".cache" / app_name
        self.root.mkdir(parents=True, exist_ok=True)
        os.chmod(self.root, 0o700)

    def put(self, key, value):
        tmp = self.root / (key + ".part")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(repr(value).encode())
        os.replace(tmp, self.root / key)

    def get(self, key):
        path = self.root / key
        return path.read_text() if path.exists() else None
