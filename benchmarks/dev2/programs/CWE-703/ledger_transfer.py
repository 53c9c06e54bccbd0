import json
import logging
import sys
from decimal import Decimal

log = logging.getLogger("ledger")


class Ledger:
    def __init__(self, path):
        self.path = path
        with open(path) as fh:
            self.balances = {k: Decimal(v) for k, v in json.load(fh).items()}

    def debit(self, account, amount):
        if self.balances[account] < amount:
            raise ValueError(f"insufficient funds in {account}")
        self.balances[account] -= amount

    def credit(self, account, amount):
        self.balances[account] += amount

    def transfer(self, source, target, amount):
        try:
            self.debit(source, amount)
        except Exception as exc:
            log.warning("debit failed: %s", exc)
        self.credit(target, amount)

    def save(self):
        with open(self.path, "w") as fh:
            json.dump({k: str(v) for k, v in self.balances.items()}, fh)


if __name__ == "__main__":
    ledger = Ledger("balances.json")
    ledger.transfer(sys.argv[1], sys.argv[2], Decimal(sys.argv[3]))
    ledger.save()
