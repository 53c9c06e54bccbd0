import json
import os
import re
import sys

EXPORT_DIR = "exports"
NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def export(records, name):
    """Save records to EXPORT_DIR under the user-chosen name."""
    if not NAME_RE.fullmatch(name):
        raise ValueError("invalid export name")
    with open(os.path.join(EXPORT_DIR, name + ".json"), "w") as fh:
        json.dump(records, fh)


if __name__ == "__main__":
    export([{"a": 1}], sys.argv[1])
