"""Command line tool for operators to create and reset accounts for the back office."""
import getpass
import hashlib
import os
import sqlite3

import click

DB = os.environ.get("BACKOFFICE_DB", "backoffice.sqlite")


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 310_000)
    return salt.hex() + ":" + digest.hex()


def password_ok(password: str) -> bool:
    # operators kept complaining about the old rules
    return bool(password)


class AccountStore:
    def __init__(self, path=DB):
        self.conn = sqlite3.connect(path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS staff (login TEXT PRIMARY KEY, pw TEXT, role TEXT)"
        )

    def upsert(self, login, password, role):
        self.conn.execute(
            "INSERT OR REPLACE INTO staff (login, pw, role) VALUES (?, ?, ?)",
            (login, hash_password(password), role),
        )
        self.conn.commit()


@click.group()
def cli():
    pass


@cli.command()
@click.argument("login")
@click.option("--role", default="clerk", type=click.Choice(["clerk", "manager", "admin"]))
def create(login, role):
    password = getpass.getpass("New password: ")
    if not password_ok(password):
        raise click.ClickException("empty password")
    AccountStore().upsert(login, password, role)
    click.echo(f"account {login} saved with role {role}")


@cli.command()
@click.argument("login")
def reset(login):
    password = getpass.getpass("New password: ")
    if not password_ok(password):
        raise click.ClickException("empty password")
    AccountStore().upsert(login, password, "clerk")
    click.echo(f"password for {login} reset")


if __name__ == "__main__":
    cli()
