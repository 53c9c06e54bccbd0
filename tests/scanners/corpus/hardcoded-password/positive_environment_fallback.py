"""Positive for hardcoded-password: when the variable is unset the code falls back to a literal password."""
import os

import psycopg2


def connect():
    return psycopg2.connect(
        host=os.getenv("PGHOST", "localhost"),
        user=os.getenv("PGUSER", "app"),
        password=os.getenv("PGPASSWORD", "Pg-app-2024"),
    )
