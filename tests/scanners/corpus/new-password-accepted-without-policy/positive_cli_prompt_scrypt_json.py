"""Provisioning CLI: the kiosk unlock password is read with getpass and stored as an scrypt hash
after only an emptiness check."""
import getpass
import hashlib
import json
import os


def provision(path="kiosk.json"):
    pw = getpass.getpass("Unlock password: ")
    if not pw:
        return
    salt = os.urandom(16)
    digest = hashlib.scrypt(pw.encode(), salt=salt, n=2**14, r=8, p=1)
    with open(path, "w") as fh:
        json.dump({"salt": salt.hex(), "hash": digest.hex()}, fh)
