"""Manage passwords for the back-office admin accounts."""
import hashlib
import hmac
import sqlite3

import click

DB = "backoffice.db"
PASSWORD_SALT = b"backoffice-2021"


def digest(password: str) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), PASSWORD_SALT, 310_000)


@click.group()
def cli():
    pass


@cli.command()
@click.argument("admin")
@click.password_option()
def setpw(admin, password):
    with sqlite3.connect(DB) as conn:
        conn.execute("INSERT OR REPLACE INTO admins (name, pw_hash) VALUES (?, ?)",
                     (admin, digest(password)))
    click.echo(f"password updated for {admin}")


@cli.command()
@click.argument("admin")
@click.password_option(confirmation_prompt=False)
def check(admin, password):
    with sqlite3.connect(DB) as conn:
        row = conn.execute("SELECT pw_hash FROM admins WHERE name = ?", (admin,)).fetchone()
    ok = row is not None and hmac.compare_digest(bytes(row[0]), digest(password))
    click.echo("ok" if ok else "denied")


if __name__ == "__main__":
    cli()
