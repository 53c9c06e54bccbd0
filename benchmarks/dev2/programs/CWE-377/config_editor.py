import os
import subprocess
import sys
import tempfile

import yaml


def edit_in_editor(initial: str) -> str:
    editor = os.environ.get("EDITOR", "vi")
    fd, path = tempfile.mkstemp(suffix=".yaml", prefix="cfg-")
    try:
        with os.fdopen(fd, "w") as fh:
            fh.write(initial)
        subprocess.run([editor, path], check=True)
        with open(path) as fh:
            return fh.read()
    finally:
        os.unlink(path)


def main(config_path: str) -> None:
    with open(config_path) as fh:
        current = fh.read()
    updated = edit_in_editor(current)
    yaml.safe_load(updated)
    with open(config_path, "w") as fh:
        fh.write(updated)
    print("saved", config_path)


if __name__ == "__main__":
    main(sys.argv[1])
