"""In-process wallet ledger shared by the worker threads of the payout service."""
import threading
from dataclasses import dataclass, field


class InsufficientFunds(Exception):
    pass


@dataclass
class Wallet:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class Ledger:
    def __init__(self):
        self.wallets: dict[str, Wallet] = {}
        self._registry_lock = threading.Lock()

    def wallet(self, owner: str) -> Wallet:
        with self._registry_lock:
            return self.wallets.setdefault(owner, Wallet(owner))

    def deposit(self, owner: str, cents: int) -> int:
        w = self.wallet(owner)
        with w.lock:
            w.balance += cents
            w.history.append(("deposit", cents))
            return w.balance

    def withdraw(self, owner: str, cents: int) -> int:
        w = self.wallet(owner)
        if w.balance < cents:
            raise InsufficientFunds(owner)
        w.balance -= cents
        w.history.append(("withdraw", cents))
        return w.balance

    def transfer(self, src: str, dst: str, cents: int) -> None:
        self.withdraw(src, cents)
        self.deposit(dst, cents)


def payout_worker(ledger: Ledger, jobs: list[tuple[str, int]]) -> None:
    for owner, cents in jobs:
        try:
            ledger.withdraw(owner, cents)
        except InsufficientFunds:
            pass
