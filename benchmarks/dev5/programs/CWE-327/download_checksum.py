import hashlib
import sys

import requests


def fetch_and_verify(url: str, expected_sha256: str, dest: str) -> None:
    digest = hashlib.sha256()
    with requests.get(url, stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with open(dest, "wb") as fh:
            for chunk in resp.iter_content(chunk_size=1 << 16):
                digest.update(chunk)
                fh.write(chunk)
    if digest.hexdigest() != expected_sha256.lower():
        raise SystemExit(f"checksum mismatch for {url}")
    print(f"{dest}: OK")


if __name__ == "__main__":
    fetch_and_verify(sys.argv[1], sys.argv[2], sys.argv[3])
