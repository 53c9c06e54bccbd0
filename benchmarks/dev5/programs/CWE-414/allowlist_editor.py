#!/usr/bin/env python3
"""Edits the gateway allowlist while holding the same flock the gateway daemon uses."""
import argparse
import fcntl
import os
from contextlib import contextmanager

ALLOWLIST = "/etc/gateway/allowlist"
LOCK_FILE = "/etc/gateway/allowlist.lock"


@contextmanager
def allowlist_lock(timeout_hint: str = "gateway is updating the allowlist"):
    fd = os.open(LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o640)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"waiting: {timeout_hint}")
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def update(action: str, cidr: str) -> int:
    with allowlist_lock():
        with open(ALLOWLIST) as fh:
            entries = {l.strip() for l in fh if l.strip() and not l.startswith("#")}
        if action == "add":
            entries.add(cidr)
        else:
            entries.discard(cidr)
        tmp = ALLOWLIST + ".new"
        with open(tmp, "w") as fh:
            fh.write("\n".join(sorted(entries)) + "\n")
        os.replace(tmp, ALLOWLIST)
        return len(entries)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["add", "remove"])
    ap.add_argument("cidr")
    a = ap.parse_args()
    print(f"{update(a.action, a.cidr)} entries")
