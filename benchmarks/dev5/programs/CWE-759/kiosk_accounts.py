"""Account management for the library self-service kiosks (PIN + password)."""
import binascii
import hashlib
import hmac
import json
from pathlib import Path

ITERATIONS = 200_000


class KioskAccounts:
    def __init__(self, path: Path):
        self.path = path
        self.accounts = json.loads(path.read_text()) if path.exists() else {}

    @staticmethod
    def _derive(secret: str) -> str:
        key = hashlib.pbkdf2_hmac("sha256", secret.encode(), b"", ITERATIONS)
        return binascii.hexlify(key).decode()

    def add(self, card_number: str, password: str) -> None:
        if card_number in self.accounts:
            raise KeyError("card already registered")
        self.accounts[card_number] = {"hash": self._derive(password), "locked": False}
        self._flush()

    def verify(self, card_number: str, password: str) -> bool:
        record = self.accounts.get(card_number)
        if not record or record["locked"]:
            return False
        return hmac.compare_digest(record["hash"], self._derive(password))

    def change(self, card_number: str, old: str, new: str) -> bool:
        if not self.verify(card_number, old):
            return False
        self.accounts[card_number]["hash"] = self._derive(new)
        self._flush()
        return True

    def _flush(self):
        self.path.write_text(json.dumps(self.accounts, indent=1))


if __name__ == "__main__":
    import getpass
    import sys

    store = KioskAccounts(Path("kiosk_accounts.json"))
    store.add(sys.argv[1], getpass.getpass())
    print("added")
