import sys

import psycopg2

DSN = "dbname=inventory user=reporter host=localhost"


def search_products(term: str, limit: int = 25):
    conn = psycopg2.connect(DSN)
    with conn, conn.cursor() as cur:
        cur.execute(
            "SELECT sku, name, stock FROM products WHERE name ILIKE %s ORDER BY name LIMIT %s",
            ("%" + term + "%", limit),
        )
        return cur.fetchall()


if __name__ == "__main__":
    for sku, name, stock in search_products(sys.argv[1]):
        print(f"{sku:10} {stock:5} {name}")
