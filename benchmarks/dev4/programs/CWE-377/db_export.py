import gzip
import os
import shutil
import sqlite3
import sys
import tempfile


def export_table(db_path, table, dest):
    if not table.isidentifier():
        raise SystemExit("bad table name")
    fd, tmp_path = tempfile.mkstemp(prefix="export-", suffix=".csv")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as tmp, sqlite3.connect(db_path) as conn:
            cur = conn.execute(f'SELECT * FROM "{table}"')
            tmp.write(",".join(d[0] for d in cur.description) + "\n")
            for row in cur:
                tmp.write(",".join("" if v is None else str(v) for v in row) + "\n")
        with open(tmp_path, "rb") as src, gzip.open(dest, "wb") as out:
            shutil.copyfileobj(src, out)
    finally:
        os.unlink(tmp_path)


if __name__ == "__main__":
    export_table(sys.argv[1], sys.argv[2], sys.argv[3])
