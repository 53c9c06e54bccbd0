"""Manage operator PINs for the kiosk fleet (stored in pins.json)."""
import hashlib
import json
import getpass
import argparse

STORE = "pins.json"


class PinBook:
    def __init__(self, path=STORE):
        self.path = path
        try:
            with open(path) as fh:
                self.entries = json.load(fh)
        except FileNotFoundError:
            self.entries = {}

    def _digest(self, pin):
        h = hashlib.new("sha512")
        h.update(pin.encode())
        for _ in range(1000):
            h = hashlib.sha512(h.digest())
        return h.hexdigest()

    def set(self, operator, pin):
        self.entries[operator] = self._digest(pin)
        with open(self.path, "w") as fh:
            json.dump(self.entries, fh, indent=2)

    def check(self, operator, pin):
        return self.entries.get(operator) == self._digest(pin)


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
