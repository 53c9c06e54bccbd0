"""Internal ledger helpers used by the payments worker."""
from dataclasses import dataclass
from decimal import Decimal


@dataclass
class Account:
    number: str
    balance: Decimal


class Ledger:
    def __init__(self):
        self.accounts = {}

    def open(self, number, opening=Decimal("0")):
        self.accounts[number] = Account(number, opening)

    def transfer(self, src, dst, amount_text):
        amount = Decimal(amount_text)
        source = self.accounts[src]
        target = self.accounts[dst]
        if source.balance < amount:
            raise ValueError("insufficient funds")
        source.balance -= amount
        target.balance += amount
        return source.balance


def handle_message(ledger, msg):
    """msg comes from the public transfer queue: {"from":..., "to":..., "amount": "12.50"}"""
    return ledger.transfer(msg["from"], msg["to"], msg["amount"])


if __name__ == "__main__":
    book = Ledger()
    book.open("A-1", Decimal("100"))
    book.open("B-2")
    print(handle_message(book, {"from": "A-1", "to": "B-2", "amount": "-250"}))
    print(book.accounts)
