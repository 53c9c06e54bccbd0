import argparse
import hashlib
import sys

import requests


def fetch(url, dest):
    h = hashlib.sha256()
    with requests.get(url, stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with open(dest, "wb") as fh:
            for chunk in resp.iter_content(chunk_size=1 << 16):
                fh.write(chunk)
                h.update(chunk)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description="Download a release tarball and check its digest")
    ap.add_argument("url")
    ap.add_argument("dest")
    ap.add_argument("--sha256", required=True)
    args = ap.parse_args()
    digest = fetch(args.url, args.dest)
    if digest != args.sha256.lower():
        print(f"digest mismatch: got {digest}", file=sys.stderr)
        sys.exit(1)
    # md5 is only printed for the legacy mirror index, not used for checking
    with open(args.dest, "rb") as fh:
        legacy = hashlib.md5(fh.read(), usedforsecurity=False).hexdigest()
    print("ok", digest, "legacy-index", legacy)


if __name__ == "__main__":
    main()
