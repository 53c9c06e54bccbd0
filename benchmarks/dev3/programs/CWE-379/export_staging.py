import csv
import os
import shutil
import tempfile


def export_rows(rows, destination):
    staging = tempfile.mkdtemp(prefix="export-")  # created 0700, owned by us
    try:
        path = os.path.join(staging, "export.csv")
        with open(path, "w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=["id", "email", "plan"])
            w.writeheader()
            for r in rows:
                w.writerow({k: r[k] for k in ("id", "email", "plan")})
        shutil.move(path, destination)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return destination
