import sqlite3


class Ledger:
    def __init__(self, path="ledger.db"):
        self.conn = sqlite3.connect(path)

    def balance(self, account):
        row = self.conn.execute(
            "SELECT balance FROM accounts WHERE id = ?", (account,)
        ).fetchone()
        return row[0] if row else 0

    def transfer(self, src, dst, amount):
        cur = self.conn.cursor()
        try:
            cur.execute(
                "UPDATE accounts SET balance = balance - ? WHERE id = ?", (amount, src)
            )
            cur.execute(
                "UPDATE accounts SET balance = balance + ? WHERE id = ?", (amount, dst)
            )
        except:
            pass
        self.conn.commit()
        return {"from": src, "to": dst, "amount": amount, "status": "ok"}


if __name__ == "__main__":
    import sys
    ledger = Ledger()
    print(ledger.transfer(sys.argv[1], sys.argv[2], int(sys.argv[3])))
    print(ledger.balance(sys.argv[1]), ledger.balance(sys.argv[2]))
