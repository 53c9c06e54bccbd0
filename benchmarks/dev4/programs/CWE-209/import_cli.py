import csv
import logging
import sqlite3
import sys

import click

logging.basicConfig(filename="import.log", level=logging.DEBUG)
log = logging.getLogger("import")


@click.command()
@click.argument("csv_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--db", default="warehouse.db")
def main(csv_path, db):
    """Load product rows from CSV_PATH into the warehouse database."""
    conn = sqlite3.connect(db)
    loaded = 0
    try:
        with open(csv_path, newline="", encoding="utf-8") as fh, conn:
            for row in csv.DictReader(fh):
                conn.execute("INSERT INTO products (sku, name, qty) VALUES (?, ?, ?)",
                             (row["sku"], row["name"], int(row["qty"])))
                loaded += 1
    except (sqlite3.Error, KeyError, ValueError):
        log.exception("import of %s failed after %d rows", csv_path, loaded)
        click.echo(f"import failed at row {loaded + 1}; see import.log for details", err=True)
        sys.exit(1)
    click.echo(f"loaded {loaded} rows")


if __name__ == "__main__":
    main()
