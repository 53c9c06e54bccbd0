"""Admin CLI to create operator accounts for the control panel."""
import argparse
import getpass
import hashlib
import json
import os

STORE = os.path.expanduser("~/.panel/operators.json")


def load():
    if os.path.exists(STORE):
        with open(STORE) as fh:
            return json.load(fh)
    return {}


def save(data):
    os.makedirs(os.path.dirname(STORE), exist_ok=True)
    with open(STORE, "w") as fh:
        json.dump(data, fh, indent=2)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("username")
    args = parser.parse_args()
    password = getpass.getpass("Password: ")
    if not password:
        raise SystemExit("password required")
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 200_000)
    ops = load()
    ops[args.username] = {"salt": salt.hex(), "hash": digest.hex()}
    save(ops)
    print(f"operator {args.username} created")


if __name__ == "__main__":
    main()
