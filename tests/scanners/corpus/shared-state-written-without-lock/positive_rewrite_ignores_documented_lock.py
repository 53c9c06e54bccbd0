"""Positive: the docstring says the collectors append under an exclusive lockf lock, but the rotation rewrites the shared CSV without taking it, so rows appended meanwhile vanish.

Collectors append rows to EVENTS while they hold fcntl.lockf(LOCK_EX) on the file.
"""
import csv

EVENTS = "/var/lib/collector/events.csv"


def drop_old_rows(cutoff: str) -> None:
    with open(EVENTS, newline="") as fh:
        rows = [r for r in csv.reader(fh) if r and r[0] >= cutoff]
    with open(EVENTS, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
