"""Provisions IoT devices: each gets a random 256-bit secret and a readable pairing code."""
import argparse
import base64
import csv
import os
import secrets
import sys

WORDS_FILE = "/usr/share/dict/words"


def load_words(path: str = WORDS_FILE) -> list[str]:
    with open(path) as fh:
        words = [w.strip().lower() for w in fh if w.strip().isalpha() and 4 <= len(w.strip()) <= 7]
    if len(words) < 5000:
        raise SystemExit("word list too small")
    return words


def device_secret() -> str:
    return base64.b32encode(os.urandom(32)).decode().rstrip("=")


def pairing_code(words: list[str], n: int = 6) -> str:
    return "-".join(secrets.choice(words) for _ in range(n))


def provision(count: int, out) -> None:
    words = load_words()
    writer = csv.writer(out)
    writer.writerow(["device", "secret", "pairing_code"])
    for i in range(count):
        writer.writerow([f"dev-{i:05d}", device_secret(), pairing_code(words)])


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("count", type=int)
    args = ap.parse_args()
    provision(args.count, sys.stdout)
