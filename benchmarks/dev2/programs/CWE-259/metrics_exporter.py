import time

import psycopg2
from prometheus_client import Gauge, start_http_server

ACTIVE_USERS = Gauge("app_active_users", "Users active in the last 15 minutes")
QUEUE_DEPTH = Gauge("app_job_queue_depth", "Pending background jobs")


def connect():
    return psycopg2.connect(
        host="db.prod.internal",
        dbname="app",
        user="metrics",
        password="M3tr1cs!2024",
    )


def collect(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM sessions WHERE last_seen > now() - interval '15 minutes'")
        ACTIVE_USERS.set(cur.fetchone()[0])
        cur.execute("SELECT count(*) FROM jobs WHERE state = 'pending'")
        QUEUE_DEPTH.set(cur.fetchone()[0])


if __name__ == "__main__":
    start_http_server(9187)
    conn = connect()
    while True:
        collect(conn)
        time.sleep(30)
