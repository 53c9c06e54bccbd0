"""Negative example for record-with-secrets-returned-whole: the helper selects public columns only."""

import psycopg2
from fastapi import FastAPI

app = FastAPI()


def fetch_user(uid):
    with psycopg2.connect("dbname=app") as conn, conn.cursor() as cur:
        cur.execute("SELECT id, display_name FROM users WHERE id = %s", (uid,))
        return cur.fetchone()


@app.get("/u/{uid}")
def user_card(uid: int):
    record = fetch_user(uid)
    return {"user": record}
