import datetime
import glob
import os
import subprocess

BACKUP_DIR = "/var/backups/pg"
KEEP = 7


def dump_database(name):
    stamp = datetime.date.today().isoformat()
    target = os.path.join(BACKUP_DIR, f"{name}-{stamp}.sql.gz")
    subprocess.call(f"pg_dump {name} | gzip > {target}", shell=True)
    return target


def prune(name):
    dumps = sorted(glob.glob(os.path.join(BACKUP_DIR, f"{name}-*.sql.gz")))
    for old in dumps[:-KEEP]:
        os.remove(old)


if __name__ == "__main__":
    for db in ("orders", "customers"):
        path = dump_database(db)
        print("backup written", path)
        prune(db)
