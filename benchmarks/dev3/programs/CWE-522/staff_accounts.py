import sqlite3
from dataclasses import dataclass

import click

DB_PATH = "staff.db"


@dataclass
class StaffMember:
    login: str
    password: str
    role: str = "clerk"


def store(member: StaffMember):
    conn = sqlite3.connect(DB_PATH)
    with conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS staff (login TEXT PRIMARY KEY, password TEXT, role TEXT)"
        )
        conn.execute(
            "INSERT OR REPLACE INTO staff VALUES (?, ?, ?)",
            (member.login, member.password, member.role),
        )
    conn.close()


def check_login(login, password):
    conn = sqlite3.connect(DB_PATH)
    row = conn.execute("SELECT password FROM staff WHERE login = ?", (login,)).fetchone()
    conn.close()
    return row is not None and row[0] == password


@click.command()
@click.argument("login")
@click.option("--role", default="clerk")
@click.password_option()
def add(login, role, password):
    store(StaffMember(login, password, role))
    click.echo(f"stored {login}")


if __name__ == "__main__":
    add()
