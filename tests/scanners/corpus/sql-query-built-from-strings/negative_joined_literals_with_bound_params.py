"""Negative example for sql-query-built-from-strings: adjacent literals (no f-string) form the
query and the values are bound parameters."""
from sqlalchemy import create_engine, text

engine = create_engine("sqlite:///inventory.db")


def low_stock(warehouse, threshold):
    sql = text(
        "SELECT sku, qty FROM stock "
        "WHERE warehouse = :wh AND qty < :limit "
        "ORDER BY qty"
    )
    with engine.connect() as conn:
        return conn.execute(sql, {"wh": warehouse, "limit": int(threshold)}).fetchall()
