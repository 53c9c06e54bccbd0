import random
import sqlite3
import sys
from datetime import date


def generator_for(campaign_day: date):
    seed = campaign_day.year * 10000 + campaign_day.month * 100 + campaign_day.day
    return random.Random(seed)


def make_codes(n, rng):
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return ["".join(rng.choice(alphabet) for _ in range(10)) for _ in range(n)]


def save(codes, db="coupons.db", value_cents=2000):
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS coupons (code TEXT PRIMARY KEY, value INT, used INT)")
        conn.executemany("INSERT INTO coupons VALUES (?, ?, 0)", [(c, value_cents) for c in codes])


if __name__ == "__main__":
    n = int(sys.argv[1])
    codes = make_codes(n, generator_for(date.today()))
    save(codes)
    print(f"created {len(codes)} coupons")
