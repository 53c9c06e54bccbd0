import json
import os
from contextlib import contextmanager

from filelock import FileLock


class CounterStore:
    """Counters shared by several worker processes through one JSON file."""

    def __init__(self, path: str):
        self.path = path
        self.lock = FileLock(path + ".lock", timeout=10)

    @contextmanager
    def _locked_data(self):
        with self.lock:
            data = {}
            if os.path.exists(self.path):
                with open(self.path) as fh:
                    data = json.load(fh)
            yield data
            tmp = self.path + ".tmp"
            with open(tmp, "w") as fh:
                json.dump(data, fh)
            os.replace(tmp, self.path)

    def increment(self, name: str, by: int = 1) -> None:
        with self._locked_data() as data:
            data[name] = data.get(name, 0) + by

    def reset(self, name: str) -> None:
        with self._locked_data() as data:
            data.pop(name, None)
