"""Manage operator PINs for the kiosk fleet (stored in pins.json)."""
import argparse
import getpass
import json

import bcrypt

STORE = "pins.json"


class PinBook:
    def __init__(self, path=STORE):
        self.path = path
        try:
            with open(path) as fh:
                self.entries = json.load(fh)
        except FileNotFoundError:
            self.entries = {}

    def set(self, operator, pin):
        hashed = bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=12))
        self.entries[operator] = hashed.decode()
        with open(self.path, "w") as fh:
            json.dump(self.entries, fh, indent=2)

    def check(self, operator, pin):
        stored = self.entries.get(operator)
        return stored is not None and bcrypt.checkpw(pin.encode(), stored.encode())


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["set", "check"])
    ap.add_argument("operator")
    args = ap.parse_args()
    book = PinBook()
    pin = getpass.getpass("PIN: ")
    if args.action == "set":
        book.set(args.operator, pin)
    else:
        print("ok" if book.check(args.operator, pin) else "denied")
