#!/usr/bin/env python3
"""Helper installed setuid root: copies a user's file into the print spool."""
import os
import shutil
import sys

SPOOL = "/var/spool/lpr-lite"


def submit(path):
    if not os.access(path, os.R_OK):
        sys.exit(f"{path}: permission denied")
    st = os.stat(path)
    if st.st_size > 20 * 1024 * 1024:
        sys.exit("file too large")
    job = os.path.join(SPOOL, f"job-{os.getuid()}-{os.getpid()}")
    with open(path, "rb") as src, open(job, "wb") as dst:
        shutil.copyfileobj(src, dst)
    os.chown(job, 0, 0)
    return job


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print("queued", submit(arg))
