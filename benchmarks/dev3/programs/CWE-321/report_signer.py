import argparse
import hashlib
import hmac
import os
import sys


def load_key():
    key_path = os.environ.get("REPORT_SIGNING_KEY_FILE", "/run/secrets/report_signing_key")
    with open(key_path, "rb") as fh:
        key = fh.read().strip()
    if len(key) < 32:
        raise SystemExit("signing key too short")
    return key


def sign(path, key):
    with open(path, "rb") as fh:
        return hmac.new(key, fh.read(), hashlib.sha256).hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("reports", nargs="+")
    args = ap.parse_args()
    key = load_key()
    for report in args.reports:
        sig = sign(report, key)
        with open(report + ".sig", "w") as out:
            out.write(sig + "\n")
        print(f"{report}: {sig}", file=sys.stderr)


if __name__ == "__main__":
    main()
