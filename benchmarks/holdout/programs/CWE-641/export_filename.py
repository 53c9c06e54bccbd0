import json
import os
import sys

EXPORT_DIR = "exports"


def export(records, name):
    """Save records to EXPORT_DIR under the user-chosen name."""
    with open(os.path.join(EXPORT_DIR, os.path.basename(name)), "w") as fh:
        json.dump(records, fh)


if __name__ == "__main__":
    export([{"a": 1}], sys.argv[1])
