"""Compares two inventory snapshots and reports changed records."""
import csv
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    sku: str
    location: str
    quantity: int


def load_snapshot(path):
    items = {}
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            item = Item(row["sku"].strip(), row["location"].strip(), int(row["quantity"]))
            items[item.sku] = item
    return items


def diff(old, new):
    changes = []
    for sku, item in new.items():
        previous = old.get(sku)
        if previous is None:
            changes.append(("added", item))
        elif previous != item:
            changes.append(("changed", item))
    for sku, item in old.items():
        if sku not in new:
            changes.append(("removed", item))
    return changes


def main(argv):
    if len(argv) != 3:
        print("usage: inventory_diff.py OLD.csv NEW.csv", file=sys.stderr)
        return 2
    for kind, item in diff(load_snapshot(argv[1]), load_snapshot(argv[2])):
        print(f"{kind:8} {item.sku:12} {item.location:10} {item.quantity}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
