import csv
import sys

import psycopg2

DB_HOST = "reports-db.internal"
DB_USER = "reporting"
DB_PASSWORD = "Rep0rt!ng-2023"


def fetch_sales(month):
    conn = psycopg2.connect(host=DB_HOST, dbname="sales", user=DB_USER, password=DB_PASSWORD)
    with conn, conn.cursor() as cur:
        cur.execute("SELECT region, SUM(amount) FROM sales WHERE to_char(sold_at, 'YYYY-MM') = %s "
                    "GROUP BY region ORDER BY region", (month,))
        return cur.fetchall()


def main():
    month = sys.argv[1]
    writer = csv.writer(sys.stdout)
    writer.writerow(["region", "total"])
    writer.writerows(fetch_sales(month))


if __name__ == "__main__":
    main()
