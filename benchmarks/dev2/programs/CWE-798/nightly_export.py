import csv
import os
import sys
from datetime import date, timedelta

import psycopg2


def connect():
    return psycopg2.connect(
        host=os.environ.get("EXPORT_DB_HOST", "localhost"),
        dbname=os.environ.get("EXPORT_DB_NAME", "inventory"),
        user=os.environ["EXPORT_DB_USER"],
        password=os.environ["EXPORT_DB_PASSWORD"],
    )


def fetch_orders(since):
    with connect() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT id, customer_id, total, created_at FROM orders WHERE created_at >= %s",
            (since,),
        )
        return cur.fetchall()


def main():
    days = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    writer = csv.writer(sys.stdout)
    writer.writerow(["id", "customer_id", "total", "created_at"])
    writer.writerows(fetch_orders(date.today() - timedelta(days=days)))


if __name__ == "__main__":
    main()
