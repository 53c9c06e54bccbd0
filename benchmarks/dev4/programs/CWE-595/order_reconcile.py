"""Reconcile warehouse shipments against the order ledger."""
import csv
import sys
from dataclasses import dataclass


@dataclass
class Line:
    order_id: int
    sku: str
    qty: int


def read_lines(path):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            yield Line(int(row["order_id"]), row["sku"].strip(), int(row["qty"]))


def index(lines):
    table = {}
    for line in lines:
        table[(line.order_id, line.sku)] = line
    return table


def reconcile(ledger_path, shipped_path):
    ledger = index(read_lines(ledger_path))
    shipped = index(read_lines(shipped_path))
    mismatches = []
    for key, expected in ledger.items():
        actual = shipped.get(key)
        if actual is None:
            mismatches.append((key, "not shipped"))
        elif actual.qty is not expected.qty:
            mismatches.append((key, f"qty {actual.qty} != {expected.qty}"))
    return mismatches


if __name__ == "__main__":
    problems = reconcile(sys.argv[1], sys.argv[2])
    for (order_id, sku), reason in problems:
        print(f"{order_id}\t{sku}\t{reason}")
    sys.exit(1 if problems else 0)
