import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

import click

DB_PATH = "staff.db"
ITERATIONS = 310_000


@dataclass
class StaffMember:
    login: str
    password: str
    role: str = "clerk"


def _derive(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)


def store(member: StaffMember):
    salt = os.urandom(16)
    conn = sqlite3.connect(DB_PATH)
    with conn:
        conn.execute("CREATE TABLE IF NOT EXISTS staff "
                     "(login TEXT PRIMARY KEY, salt BLOB, pw_hash BLOB, role TEXT)")
        conn.execute("INSERT OR REPLACE INTO staff VALUES (?, ?, ?, ?)",
                     (member.login, salt, _derive(member.password, salt), member.role))
    conn.close()


def check_login(login, password):
    conn = sqlite3.connect(DB_PATH)
    row = conn.execute("SELECT salt, pw_hash FROM staff WHERE login = ?", (login,)).fetchone()
    conn.close()
    return row is not None and hmac.compare_digest(_derive(password, row[0]), row[1])


@click.command()
@click.argument("login")
@click.option("--role", default="clerk")
@click.password_option()
def add(login, role, password):
    store(StaffMember(login, password, role))
    click.echo(f"stored {login}")


if __name__ == "__main__":
    add()
