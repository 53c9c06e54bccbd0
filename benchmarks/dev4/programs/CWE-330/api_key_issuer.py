import hashlib
import secrets
import sqlite3

import click


def new_key(prefix="sk"):
    return f"{prefix}_{secrets.token_urlsafe(32)}"


def store(db_path, owner, key):
    digest = hashlib.sha256(key.encode()).hexdigest()
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS api_keys (owner TEXT, digest TEXT UNIQUE)")
        conn.execute("INSERT INTO api_keys VALUES (?, ?)", (owner, digest))


@click.command()
@click.argument("owner")
@click.option("--db", default="keys.db")
@click.option("--live/--test", default=False)
def issue(owner, db, live):
    """Create an API key for OWNER and print it once."""
    key = new_key("sk_live" if live else "sk_test")
    store(db, owner, key)
    click.echo(key)


if __name__ == "__main__":
    issue()
