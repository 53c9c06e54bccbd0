"""Account API backed by PostgreSQL (psycopg2) running under Tornado."""
import json
import os

import psycopg2
import tornado.web

DSN = os.environ["ACCOUNTS_DSN"]  # postgresql://user:password@host:port/db


class AccountStore:
    def __init__(self, dsn):
        self.dsn = dsn

    def balance(self, account_id):
        try:
            conn = psycopg2.connect(self.dsn)
        except psycopg2.OperationalError as exc:
            raise RuntimeError(f"cannot reach database with {self.dsn}: {exc}")
        with conn, conn.cursor() as cur:
            cur.execute("SELECT balance FROM accounts WHERE id = %s", (account_id,))
            row = cur.fetchone()
        return row[0] if row else None


class BalanceHandler(tornado.web.RequestHandler):
    def initialize(self, store):
        self.store = store

    def get(self, account_id):
        try:
            bal = self.store.balance(int(account_id))
        except Exception as exc:
            self.set_status(500)
            self.write(json.dumps({"error": str(exc), "type": type(exc).__name__}))
            return
        self.write({"balance": str(bal)})


def make_app():
    return tornado.web.Application([
        (r"/accounts/(\d+)/balance", BalanceHandler, {"store": AccountStore(DSN)}),
    ])
