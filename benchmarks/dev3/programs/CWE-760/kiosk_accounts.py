"""Local account store for the kiosk admin console."""
import base64
import getpass
import hmac
import hashlib
import json
import secrets
import sys

STORE = "kiosk_accounts.json"


def derive(password, salt):
    return hashlib.scrypt(password.encode(), salt=salt, n=2 ** 14, r=8, p=1)


def add_account(store, name, password):
    salt = secrets.token_bytes(16)
    store[name] = {
        "salt": base64.b64encode(salt).decode(),
        "hash": base64.b64encode(derive(password, salt)).decode(),
    }


def verify(store, name, password):
    entry = store.get(name)
    if entry is None:
        return False
    salt = base64.b64decode(entry["salt"])
    return hmac.compare_digest(base64.b64decode(entry["hash"]), derive(password, salt))


if __name__ == "__main__":
    try:
        with open(STORE) as fh:
            accounts = json.load(fh)
    except FileNotFoundError:
        accounts = {}
    user = sys.argv[1]
    if len(sys.argv) > 2 and sys.argv[2] == "add":
        add_account(accounts, user, getpass.getpass())
        with open(STORE, "w") as fh:
            json.dump(accounts, fh)
    else:
        print("ok" if verify(accounts, user, getpass.getpass()) else "denied")
