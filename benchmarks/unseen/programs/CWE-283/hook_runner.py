import json
import os
import stat
import subprocess
from pathlib import Path

CONFIG = Path.home() / ".config" / "buildtool" / "config.json"


def load_config() -> dict:
    try:
        fd = os.open(CONFIG, os.O_RDONLY | os.O_NOFOLLOW)
    except FileNotFoundError:
        return {"hooks": []}
    with os.fdopen(fd) as fh:
        info = os.fstat(fh.fileno())
        if info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            raise PermissionError(f"{CONFIG} must be owned by you and not group/world writable")
        return json.load(fh)


def run_hooks() -> None:
    for hook in load_config().get("hooks", []):
        subprocess.run(hook["argv"], check=False)


if __name__ == "__main__":
    run_hooks()
