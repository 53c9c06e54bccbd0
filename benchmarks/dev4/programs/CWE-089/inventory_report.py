import argparse
from sqlalchemy import create_engine, text


class InventoryRepo:
    def __init__(self, url):
        self.engine = create_engine(url)

    def low_stock(self, warehouse, threshold, order_by):
        sql = (
            "SELECT sku, qty FROM stock "
            f"WHERE warehouse = '{warehouse}' AND qty < {threshold} "
            f"ORDER BY {order_by}"
        )
        with self.engine.connect() as conn:
            return conn.execute(text(sql)).fetchall()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("warehouse")
    p.add_argument("--threshold", default="10")
    p.add_argument("--order-by", default="qty")
    p.add_argument("--db", default="sqlite:///inventory.db")
    a = p.parse_args()
    for sku, qty in InventoryRepo(a.db).low_stock(a.warehouse, a.threshold, a.order_by):
        print(f"{sku}\t{qty}")


if __name__ == "__main__":
    main()
