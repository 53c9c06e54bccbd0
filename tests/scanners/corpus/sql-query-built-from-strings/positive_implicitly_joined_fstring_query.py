"""Positive example for sql-query-built-from-strings: the query is written as adjacent string
literals, one of them an f-string that inserts the caller's value."""
import psycopg2


def orders_for(dsn, customer):
    conn = psycopg2.connect(dsn)
    with conn.cursor() as cur:
        cur.execute(
            "SELECT id, total FROM orders "
            f"WHERE customer = '{customer}' "
            "ORDER BY id DESC"
        )
        return cur.fetchall()
