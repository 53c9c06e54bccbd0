"""Nightly database dump: dump, upload, then prune local copies."""
import datetime as dt
import os
import subprocess
from pathlib import Path

DUMP_DIR = Path(os.environ.get("DUMP_DIR", "/var/backups/db"))
KEEP = 3


def dump(dbname):
    target = DUMP_DIR / f"{dbname}-{dt.date.today():%Y%m%d}.sql.gz"
    subprocess.call(f"pg_dump {dbname} | gzip > {target}", shell=True)
    return target


def upload(path):
    subprocess.call(["aws", "s3", "cp", str(path), f"s3://corp-backups/db/{path.name}"])


def prune(dbname):
    dumps = sorted(DUMP_DIR.glob(f"{dbname}-*.sql.gz"))
    for old in dumps[:-KEEP]:
        old.unlink()


def main():
    for db in ("orders", "customers"):
        path = dump(db)
        upload(path)
        prune(db)


if __name__ == "__main__":
    main()
