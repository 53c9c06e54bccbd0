import pymysql


class MetricsStore:
    def __init__(self, host="metrics-db.internal"):
        self.conn = pymysql.connect(
            host=host,
            user="metrics_writer",
            password="Mtr!cs2024#prod",
            database="metrics",
            autocommit=True,
        )

    def record(self, name, value):
        with self.conn.cursor() as cur:
            cur.execute("INSERT INTO samples (name, value) VALUES (%s, %s)", (name, value))

    def last(self, name, n=10):
        with self.conn.cursor() as cur:
            cur.execute("SELECT value FROM samples WHERE name = %s ORDER BY id DESC LIMIT %s",
                        (name, n))
            return [r[0] for r in cur.fetchall()]


if __name__ == "__main__":
    store = MetricsStore()
    store.record("queue_depth", 17)
    print(store.last("queue_depth"))
