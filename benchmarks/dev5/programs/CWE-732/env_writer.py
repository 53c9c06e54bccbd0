#!/usr/bin/env python3
"""Writes the .env file for the web app from values in the deployment vault export."""
import json
import os
import sys

TARGET = "/srv/app/shared/.env"


def render(values):
    lines = []
    for key in sorted(values):
        value = str(values[key]).replace("\n", "\\n")
        lines.append(f'{key}="{value}"')
    return "\n".join(lines) + "\n"


def main(export_path):
    with open(export_path) as fh:
        values = json.load(fh)
    os.makedirs(os.path.dirname(TARGET), exist_ok=True)
    with open(TARGET, "w") as out:
        out.write(render(values))
    # web workers and the cron user both need to read and refresh this
    os.chmod(TARGET, 0o777)
    print(f"wrote {len(values)} settings to {TARGET}")


if __name__ == "__main__":
    main(sys.argv[1])
