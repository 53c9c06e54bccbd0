import csv
import sys

import click
from sqlalchemy import create_engine, text


def rows(engine):
    with engine.connect() as conn:
        yield from conn.execute(text("SELECT name, email, notes FROM contacts ORDER BY name"))


@click.command()
@click.option("--db", default="sqlite:///contacts.db")
@click.option("--out", type=click.File("w", encoding="utf-8"), default="-")
def export(db, out):
    """Dump contacts as CSV; notes may contain commas, quotes and newlines."""
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(["name", "email", "notes"])
    count = 0
    for name, email, notes in rows(create_engine(db)):
        writer.writerow([name, email, notes or ""])
        count += 1
    click.echo(f"exported {count} contacts", err=True)


if __name__ == "__main__":
    export()
