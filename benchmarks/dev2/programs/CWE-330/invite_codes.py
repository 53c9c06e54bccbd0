import secrets
import sqlite3

import click


def new_invite(conn: sqlite3.Connection, team: str) -> str:
    code = secrets.token_urlsafe(24)
    conn.execute("INSERT INTO invites (team, code, used) VALUES (?, ?, 0)", (team, code))
    conn.commit()
    return code


@click.command()
@click.argument("team")
@click.option("--count", default=1, show_default=True)
@click.option("--db", default="teams.db")
def main(team, count, db):
    """Create single-use invite codes for TEAM."""
    conn = sqlite3.connect(db)
    conn.execute(
        "CREATE TABLE IF NOT EXISTS invites (team TEXT, code TEXT UNIQUE, used INTEGER)"
    )
    for _ in range(count):
        click.echo(new_invite(conn, team))
    conn.close()


if __name__ == "__main__":
    main()
