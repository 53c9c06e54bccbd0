import csv
import os
import sys

import psycopg2


def db_password():
    secret_file = os.environ.get("REPORT_DB_PASSWORD_FILE", "/run/secrets/report_db_password")
    with open(secret_file) as fh:
        return fh.read().strip()


def fetch_inventory(warehouse):
    conn = psycopg2.connect(
        host=os.environ.get("REPORT_DB_HOST", "reports-db.internal"),
        dbname="inventory",
        user=os.environ.get("REPORT_DB_USER", "reporting"),
        password=db_password(),
    )
    with conn, conn.cursor() as cur:
        cur.execute("SELECT sku, qty FROM stock WHERE warehouse = %s ORDER BY sku", (warehouse,))
        return cur.fetchall()


if __name__ == "__main__":
    writer = csv.writer(sys.stdout)
    writer.writerow(["sku", "qty"])
    writer.writerows(fetch_inventory(sys.argv[1]))
