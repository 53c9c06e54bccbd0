import csv
import logging
import sqlite3
import sys

import click

logging.basicConfig(filename="import.log", level=logging.DEBUG)
log = logging.getLogger("import")


@click.command()
@click.argument("csv_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--db", default="products.db")
def main(csv_path, db):
    """Import products from a CSV file."""
    try:
        with open(csv_path, newline="", encoding="utf-8") as fh, sqlite3.connect(db) as conn:
            rows = [(r["sku"], r["name"], float(r["price"])) for r in csv.DictReader(fh)]
            conn.executemany("INSERT OR REPLACE INTO products VALUES (?, ?, ?)", rows)
    except (KeyError, ValueError) as exc:
        log.exception("malformed input in %s", csv_path)
        click.echo(f"Input file is malformed ({exc.__class__.__name__}); see import.log", err=True)
        sys.exit(2)
    except sqlite3.Error:
        log.exception("database error")
        click.echo("Database error; see import.log", err=True)
        sys.exit(1)
    click.echo(f"imported {len(rows)} products")


if __name__ == "__main__":
    main()
