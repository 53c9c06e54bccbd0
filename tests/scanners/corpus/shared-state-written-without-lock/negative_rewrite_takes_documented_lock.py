"""Negative: the rotation takes the same exclusive lockf lock the collectors hold before it rewrites the shared CSV.

Collectors append rows to EVENTS while they hold fcntl.lockf(LOCK_EX) on the file.
"""
import csv
import fcntl

EVENTS = "/var/lib/collector/events.csv"


def drop_old_rows(cutoff: str) -> None:
    with open(EVENTS, "r+", newline="") as fh:
        fcntl.lockf(fh, fcntl.LOCK_EX)
        rows = [r for r in csv.reader(fh) if r and r[0] >= cutoff]
        fh.seek(0)
        fh.truncate()
        csv.writer(fh).writerows(rows)
