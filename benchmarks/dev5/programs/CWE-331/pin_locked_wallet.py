"""Local wallet file: secrets are encrypted with a key derived from the user's PIN."""
import getpass
import hashlib
import json
import os

from cryptography.fernet import Fernet
import base64

WALLET = os.path.expanduser("~/.mywallet.json")


def key_from_pin(pin: str) -> bytes:
    if not (pin.isdigit() and len(pin) == 4):
        raise ValueError("PIN must be 4 digits")
    raw = hashlib.sha256(pin.encode()).digest()
    return base64.urlsafe_b64encode(raw)


class Wallet:
    def __init__(self, pin: str):
        self.f = Fernet(key_from_pin(pin))

    def load(self) -> dict:
        if not os.path.exists(WALLET):
            return {}
        with open(WALLET) as fh:
            stored = json.load(fh)
        return {k: self.f.decrypt(v.encode()).decode() for k, v in stored.items()}

    def save(self, secrets_: dict) -> None:
        data = {k: self.f.encrypt(v.encode()).decode() for k, v in secrets_.items()}
        with open(WALLET, "w") as fh:
            json.dump(data, fh)
        os.chmod(WALLET, 0o600)


if __name__ == "__main__":
    w = Wallet(getpass.getpass("PIN: "))
    items = w.load()
    name = input("name: ")
    items[name] = getpass.getpass("secret: ")
    w.save(items)
    print(f"stored {len(items)} secrets")
