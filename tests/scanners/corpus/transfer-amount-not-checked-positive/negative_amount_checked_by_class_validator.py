"""Negative: the wallet class validates the amount (must be positive) in its own method before any balance moves."""
from decimal import Decimal


class Wallets:
    def __init__(self):
        self.balance = {"a": Decimal("10"), "b": Decimal("0")}

    def _checked(self, raw):
        value = Decimal(raw)
        if value <= 0:
            raise ValueError("amount must be positive")
        return value

    def move(self, src, dst, amount):
        amount = self._checked(amount)
        if self.balance[src] < amount:
            raise ValueError("insufficient funds")
        self.balance[src] -= amount
        self.balance[dst] += amount
