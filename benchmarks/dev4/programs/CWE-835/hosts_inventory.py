"""Parse the ops team's hosts inventory file into groups."""
import sys


def parse_inventory(text):
    groups = {}
    current = "ungrouped"
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            groups.setdefault(current, [])
        else:
            host, _, vars_part = line.partition(" ")
            host_vars = dict(
                item.split("=", 1) for item in vars_part.split() if "=" in item
            )
            groups.setdefault(current, []).append((host, host_vars))
        i += 1
    return groups


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        inventory = parse_inventory(fh.read())
    for group, hosts in inventory.items():
        print(f"{group}: {', '.join(h for h, _ in hosts)}")
