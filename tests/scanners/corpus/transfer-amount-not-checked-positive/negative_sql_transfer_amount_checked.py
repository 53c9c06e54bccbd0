"""Negative example for transfer-amount-not-checked-positive: the SQL transfer rejects amounts that
are not positive before touching either balance."""
import sqlite3


def transfer(db: sqlite3.Connection, src: int, dst: int, amount: float) -> None:
    if not amount > 0 or amount > 10_000:
        raise ValueError("amount out of range")
    db.execute("UPDATE accounts SET balance = balance - ? WHERE id = ?", (amount, src))
    db.execute("UPDATE accounts SET balance = balance + ? WHERE id = ?", (amount, dst))
    db.commit()
