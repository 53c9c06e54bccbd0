"""Negative for hardcoded-password: the password must come from the environment; only the host has a default."""
import os

import psycopg2


def connect():
    return psycopg2.connect(
        host=os.getenv("PGHOST", "localhost"),
        user=os.getenv("PGUSER", "app"),
        password=os.environ["PGPASSWORD"],
    )
