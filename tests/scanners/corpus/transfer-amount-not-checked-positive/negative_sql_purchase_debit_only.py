"""Negative example for transfer-amount-not-checked-positive: a purchase only debits stock by a
fixed server-side count and credits nothing, so no amount moves between two balances."""


def reserve(conn, sku, order_id, qty):
    conn.execute("UPDATE stock SET on_hand = on_hand - ? WHERE sku = ?", (1, sku))
    conn.execute("UPDATE orders SET lines = ? WHERE id = ?", (qty, order_id))
