#!/usr/bin/env python3
"""Compacts the shared ledger file.

The ledger daemon and the billing workers append to LEDGER_PATH while holding
an exclusive fcntl lock on it.
"""
import json
import os
import sys

LEDGER_PATH = os.environ.get("LEDGER_PATH", "/var/lib/ledger/ledger.jsonl")


def compact(path: str) -> int:
    balances = {}
    with open(path) as fh:
        for line in fh:
            entry = json.loads(line)
            balances[entry["account"]] = balances.get(entry["account"], 0) + entry["amount"]
    with open(path, "w") as fh:
        for account, amount in sorted(balances.items()):
            fh.write(json.dumps({"account": account, "amount": amount}) + "\n")
    return len(balances)


if __name__ == "__main__":
    n = compact(sys.argv[1] if len(sys.argv) > 1 else LEDGER_PATH)
    print(f"compacted ledger to {n} accounts")
