import os
import time

import psycopg2
from prometheus_client import Gauge, start_http_server

ACTIVE_USERS = Gauge("app_active_users", "Users active in the last 15 minutes")


def connect():
    return psycopg2.connect(
        host=os.environ.get("METRICS_DB_HOST", "db.prod.internal"),
        dbname="app",
        user=os.environ.get("METRICS_DB_USER", "metrics"),
        password=os.environ["METRICS_DB_PASSWORD"],
    )


def collect(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM sessions WHERE last_seen > now() - interval '15 minutes'")
        ACTIVE_USERS.set(cur.fetchone()[0])


if __name__ == "__main__":
    start_http_server(9187)
    conn = connect()
    while True:
        collect(conn)
        time.sleep(30)
