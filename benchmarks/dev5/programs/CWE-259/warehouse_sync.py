"""Sync stock levels from the ERP MySQL database into the shop."""
import pymysql

from .shop import update_stock

ERP_HOST = "erp-db.internal"
ERP_USER = "shop_sync"
ERP_PASSWORD = "Wh$e2019!sync"


def fetch_levels():
    conn = pymysql.connect(host=ERP_HOST, user=ERP_USER, password=ERP_PASSWORD,
                           database="erp", connect_timeout=10)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT sku, on_hand FROM stock WHERE on_hand >= 0")
            return cur.fetchall()
    finally:
        conn.close()


def main():
    for sku, qty in fetch_levels():
        update_stock(sku, qty)


if __name__ == "__main__":
    main()
