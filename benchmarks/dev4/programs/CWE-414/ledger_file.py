"""Append-only ledger shared by the billing cron jobs on one host."""
import fcntl
import json
import os

LEDGER = "/srv/billing/ledger.jsonl"


def append_entry(entry):
    with open(LEDGER, "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            fh.write(json.dumps(entry) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def compact():
    """Drop voided entries; run by the nightly maintenance job."""
    with open(LEDGER) as fh:
        entries = [json.loads(line) for line in fh if line.strip()]
    kept = [e for e in entries if not e.get("void")]
    tmp = LEDGER + ".new"
    with open(tmp, "w") as fh:
        for e in kept:
            fh.write(json.dumps(e) + "\n")
    os.replace(tmp, LEDGER)
    return len(entries) - len(kept)


if __name__ == "__main__":
    print("removed", compact())
