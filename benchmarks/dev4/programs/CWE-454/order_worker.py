"""Processes order events coming from the storefront queue."""
import json
import sqlite3


class OrderWorker:
    def __init__(self, db_path="shop.db"):
        self.conn = sqlite3.connect(db_path)
        self.allow_backorder = False

    def account_flags(self, account_id):
        row = self.conn.execute(
            "SELECT is_wholesale, credit_limit FROM accounts WHERE id = ?", (account_id,)
        ).fetchone()
        if row is None:
            raise LookupError(account_id)
        return {"is_wholesale": bool(row[0]), "credit_limit": int(row[1])}

    def process(self, raw):
        event = json.loads(raw)
        account_id = int(event["account_id"])
        items = [(str(i["sku"]), int(i["qty"])) for i in event["items"]]
        flags = self.account_flags(account_id)
        total = sum(qty for _, qty in items)
        if total > 100 and not flags["is_wholesale"]:
            return {"status": "rejected", "reason": "bulk orders need a wholesale account"}
        self.conn.executemany(
            "INSERT INTO order_lines (account_id, sku, qty) VALUES (?, ?, ?)",
            [(account_id, sku, qty) for sku, qty in items],
        )
        self.conn.commit()
        return {"status": "accepted", "lines": len(items)}
