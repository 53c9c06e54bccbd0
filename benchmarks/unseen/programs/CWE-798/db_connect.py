import psycopg2


def get_connection():
    return psycopg2.connect(
        host="db.internal.example.com",
        dbname="orders",
        user="orders_app",
        password="Q7v!mP2r#xL9",
    )


def count_orders():
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM orders")
        return cur.fetchone()[0]


if __name__ == "__main__":
    print(count_orders())
