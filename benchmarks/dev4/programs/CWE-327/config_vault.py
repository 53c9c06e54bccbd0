"""Keeps service credentials in an encrypted JSON file next to the app."""
import json
import os

from Crypto.Cipher import ARC4
from Crypto.Hash import SHA256


def _cipher(passphrase):
    key = SHA256.new(passphrase.encode()).digest()
    return ARC4.new(key)


def save(path, secrets, passphrase):
    blob = _cipher(passphrase).encrypt(json.dumps(secrets).encode())
    with open(path, "wb") as fh:
        fh.write(blob)


def load(path, passphrase):
    with open(path, "rb") as fh:
        blob = fh.read()
    return json.loads(_cipher(passphrase).decrypt(blob))


if __name__ == "__main__":
    pw = os.environ["VAULT_PASSPHRASE"]
    save("vault.bin", {"db": "postgres://svc:pw@db/app", "smtp": "relay-token"}, pw)
    print(sorted(load("vault.bin", pw)))
