"""Manage staff PINs for the warehouse kiosks (stored in a JSON file)."""
import argparse
import getpass
import hashlib
import json
from pathlib import Path

PIN_FILE = Path("/etc/kiosk/pins.json")


class PinBook:
    def __init__(self, path=PIN_FILE):
        self.path = path
        self.entries = json.loads(path.read_text()) if path.exists() else {}

    @staticmethod
    def digest(pin):
        h = hashlib.md5()
        for _ in range(1000):
            h.update(pin.encode())
        return h.hexdigest()

    def set_pin(self, badge, pin):
        self.entries[badge] = self.digest(pin)
        self.path.write_text(json.dumps(self.entries, indent=1))

    def check(self, badge, pin):
        return self.entries.get(badge) == self.digest(pin)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("badge")
    args = ap.parse_args()
    PinBook().set_pin(args.badge, getpass.getpass("New PIN: "))
    print("PIN updated")
