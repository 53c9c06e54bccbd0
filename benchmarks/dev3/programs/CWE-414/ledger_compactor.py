"""Cron job that compacts the shared ledger file.

The API workers append to LEDGER while holding fcntl.flock(LOCK_EX) on it.
"""
import json
import os

LEDGER = "/var/lib/billing/ledger.jsonl"


def compact():
    totals = {}
    with open(LEDGER) as fh:
        for line in fh:
            entry = json.loads(line)
            totals[entry["account"]] = totals.get(entry["account"], 0) + entry["amount"]
    tmp = LEDGER + ".compact"
    with open(tmp, "w") as out:
        for account, amount in sorted(totals.items()):
            out.write(json.dumps({"account": account, "amount": amount, "compacted": True}) + "\n")
    os.replace(tmp, LEDGER)


if __name__ == "__main__":
    compact()
