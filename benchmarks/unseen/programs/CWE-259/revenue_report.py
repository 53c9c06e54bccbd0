import os

import pymysql


def connect():
    return pymysql.connect(
        host=os.environ.get("REPORTS_DB_HOST", "reports-db.internal"),
        user=os.environ.get("REPORTS_DB_USER", "reporting"),
        password=os.environ["REPORTS_DB_PASSWORD"],
        database="analytics",
        charset="utf8mb4",
    )


def monthly_revenue(year: int):
    conn = connect()
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT MONTH(paid_at), SUM(amount) FROM invoices WHERE YEAR(paid_at)=%s GROUP BY 1",
                (year,),
            )
            return cur.fetchall()
    finally:
        conn.close()


if __name__ == "__main__":
    for month, total in monthly_revenue(2024):
        print(month, total)
