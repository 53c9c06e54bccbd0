import os

import psycopg2


def get_connection():
    return psycopg2.connect(
        host=os.environ.get("DB_HOST", "localhost"),
        dbname=os.environ.get("DB_NAME", "orders"),
        user=os.environ["DB_USER"],
        password=os.environ["DB_PASSWORD"],
    )


def count_orders():
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM orders")
        return cur.fetchone()[0]


if __name__ == "__main__":
    print(count_orders())
