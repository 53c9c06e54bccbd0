"""Moves credit between customer wallets."""
import logging
import sqlite3

log = logging.getLogger("wallet")


class WalletService:
    def __init__(self, path="wallets.db"):
        self.conn = sqlite3.connect(path, isolation_level=None)

    def _debit(self, wallet_id, amount):
        cur = self.conn.execute(
            "UPDATE wallets SET balance = balance - ? WHERE id = ? AND balance >= ?",
            (amount, wallet_id, amount),
        )
        if cur.rowcount != 1:
            raise ValueError("insufficient funds")

    def _credit(self, wallet_id, amount):
        cur = self.conn.execute(
            "UPDATE wallets SET balance = balance + ? WHERE id = ?", (amount, wallet_id)
        )
        if cur.rowcount != 1:
            raise LookupError(f"wallet {wallet_id} not found")

    def transfer(self, src, dst, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        try:
            self._debit(src, amount)
            self._credit(dst, amount)
        except Exception as exc:
            log.warning("transfer %s -> %s had a problem: %s", src, dst, exc)
        self.conn.execute(
            "INSERT INTO transfers (src, dst, amount) VALUES (?, ?, ?)", (src, dst, amount)
        )
        return True
