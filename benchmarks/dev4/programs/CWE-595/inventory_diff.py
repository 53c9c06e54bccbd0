"""Compare two inventory snapshots and print what changed."""
import json
import sys


def load(path):
    with open(path, encoding="utf-8") as fh:
        return {item["sku"]: item for item in json.load(fh)}


def diff(old, new):
    changes = []
    for sku, item in new.items():
        previous = old.get(sku)
        if previous is None:
            changes.append(("added", sku))
            continue
        if previous["count"] != item["count"] or previous["location"] != item["location"]:
            changes.append(("changed", sku))
    for sku in old:
        if sku not in new:
            changes.append(("removed", sku))
    return changes


def main(argv):
    if len(argv) != 3:
        print("usage: inventory_diff.py OLD.json NEW.json", file=sys.stderr)
        return 2
    for kind, sku in diff(load(argv[1]), load(argv[2])):
        print(f"{kind:8} {sku}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
