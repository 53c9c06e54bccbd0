import hashlib
from pathlib import Path

import requests

CACHE = Path.home() / ".cache" / "fetcher"


def cache_path(url: str) -> Path:
    name = hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()
    return CACHE / f"{name}.bin"


def fetch(url: str) -> bytes:
    path = cache_path(url)
    if path.exists():
        return path.read_bytes()
    data = requests.get(url, timeout=15).content
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


if __name__ == "__main__":
    import sys
    print(len(fetch(sys.argv[1])), "bytes")
