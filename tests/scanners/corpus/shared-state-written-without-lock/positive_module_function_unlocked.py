"""Positive: append() writes the spool file under flock, truncate() rewrites the same file without it."""
import fcntl

SPOOL = "/var/spool/jobs/queue.txt"


def append(line: str) -> None:
    with open(SPOOL, "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        fh.write(line + "\n")
        fcntl.flock(fh, fcntl.LOCK_UN)


def truncate() -> None:
    with open(SPOOL, "w") as fh:
        fh.write("")
