import subprocess
import sys
from pathlib import Path


def usage(folder: Path) -> list[tuple[str, str]]:
    out = subprocess.run(
        ["du", "-sh", "--max-depth=1", str(folder)],
        capture_output=True, text=True, check=True,
    ).stdout
    rows = []
    for line in out.splitlines():
        size, _, path = line.partition("\t")
        rows.append((size, path))
    return rows


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else Path.home())
    for size, path in usage(target):
        print(f"{size:>8}  {path}")
