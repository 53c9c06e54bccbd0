import json
import os
import time


class SessionCache:
    """File-backed cache of login sessions shared by the worker processes."""

    def __init__(self, path="/var/run/portal/sessions.json"):
        self.path = path
        os.makedirs(os.path.dirname(path), exist_ok=True)

    def _write(self, data):
        old_mask = os.umask(0)
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        finally:
            os.umask(old_mask)
        with os.fdopen(fd, "w") as fh:
            json.dump(data, fh)

    def _read(self):
        try:
            with open(self.path) as fh:
                return json.load(fh)
        except FileNotFoundError:
            return {}

    def put(self, token, user_id, ttl=3600):
        data = self._read()
        data[token] = {"user": user_id, "expires": time.time() + ttl}
        self._write(data)

    def get(self, token):
        entry = self._read().get(token)
        if entry and entry["expires"] > time.time():
            return entry["user"]
        return None
