#!/usr/bin/env python3
"""Rewrites the shared allowlist that the gateway daemon also edits.

The gateway holds an exclusive flock on /etc/gateway/allowlist.lock while it updates
the allowlist file.
"""
import os
import sys

ALLOWLIST = "/etc/gateway/allowlist"
LOCK_FILE = "/etc/gateway/allowlist.lock"


def read_entries() -> list[str]:
    with open(ALLOWLIST) as fh:
        return [l.strip() for l in fh if l.strip() and not l.startswith("#")]


def write_entries(entries: list[str]) -> None:
    tmp = ALLOWLIST + ".new"
    with open(tmp, "w") as fh:
        fh.write("\n".join(sorted(set(entries))) + "\n")
    os.replace(tmp, ALLOWLIST)


def main(argv: list[str]) -> int:
    action, value = argv[1], argv[2]
    entries = read_entries()
    if action == "add":
        entries.append(value)
    elif action == "remove":
        entries = [e for e in entries if e != value]
    else:
        print("usage: rotate_hosts_file.py add|remove CIDR", file=sys.stderr)
        return 2
    write_entries(entries)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
