"""Syncs stock levels from the ERP API into the shop database."""
import logging
import os

import pymysql
import requests

log = logging.getLogger("inventory_sync")


class Settings:
    def __init__(self, env=os.environ):
        self.erp_url = env.get("ERP_URL", "https://erp.internal/api/v2")
        self.erp_token = env["ERP_API_TOKEN"]
        self.db_host = env.get("SHOP_DB_HOST", "localhost")
        self.db_user = env["SHOP_DB_USER"]
        self.db_password = env["SHOP_DB_PASSWORD"]
        self.db_name = env.get("SHOP_DB_NAME", "shop")


def fetch_stock(settings):
    resp = requests.get(
        f"{settings.erp_url}/stock",
        headers={"Authorization": f"Bearer {settings.erp_token}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["items"]


def update_db(settings, items):
    conn = pymysql.connect(
        host=settings.db_host,
        user=settings.db_user,
        password=settings.db_password,
        database=settings.db_name,
    )
    try:
        with conn.cursor() as cur:
            cur.executemany(
                "UPDATE products SET stock = %s WHERE sku = %s",
                [(item["qty"], item["sku"]) for item in items],
            )
        conn.commit()
    finally:
        conn.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    cfg = Settings()
    stock = fetch_stock(cfg)
    update_db(cfg, stock)
    log.info("updated %d products", len(stock))
