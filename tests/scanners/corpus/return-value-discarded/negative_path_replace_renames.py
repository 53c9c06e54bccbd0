"""Negative: Path.replace(target) atomically renames the temporary file; it is not str.replace."""
import json
from pathlib import Path


def save(state: dict, dest: Path) -> None:
    scratch = dest.with_suffix(".part")
    scratch.write_text(json.dumps(state))
    scratch.replace(dest)
