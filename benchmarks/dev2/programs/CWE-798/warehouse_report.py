import csv
import sys
from datetime import date, timedelta

import psycopg2

DB_SETTINGS = {
    "host": "db.warehouse.internal",
    "dbname": "inventory",
    "user": "report_svc",
    "password": "Wh-Rep0rt!2023",
}


def fetch_movements(since):
    conn = psycopg2.connect(**DB_SETTINGS)
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT sku, warehouse, qty, moved_at FROM movements WHERE moved_at >= %s ORDER BY moved_at",
                (since,),
            )
            return cur.fetchall()
    finally:
        conn.close()


def main():
    days = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    rows = fetch_movements(date.today() - timedelta(days=days))
    writer = csv.writer(sys.stdout)
    writer.writerow(["sku", "warehouse", "qty", "moved_at"])
    writer.writerows(rows)


if __name__ == "__main__":
    main()
