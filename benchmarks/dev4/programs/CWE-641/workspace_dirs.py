"""Create per-project workspace folders on the shared build host."""
import argparse
import re
import sys
from pathlib import Path

ROOT = Path("/srv/builds")
NAME_RE = re.compile(r"[a-z][a-z0-9-]{2,39}")
RESERVED = {"tmp", "cache", "shared", "admin"}


def validate(name: str) -> str:
    if not NAME_RE.fullmatch(name):
        raise ValueError("project names are 3-40 chars: lowercase letters, digits, '-'")
    if name in RESERVED:
        raise ValueError(f"'{name}' is reserved")
    return name


def create(name: str) -> Path:
    path = ROOT / validate(name)
    path.mkdir(mode=0o750, exist_ok=False)
    for sub in ("src", "artifacts", "logs"):
        (path / sub).mkdir(mode=0o750)
    return path


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("project")
    try:
        print(create(ap.parse_args().project))
    except (ValueError, FileExistsError) as exc:
        sys.exit(f"error: {exc}")
