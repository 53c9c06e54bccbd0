"""Negative example for command-dispatch-without-state-check: a dispatch over output formats has no
step that the others depend on, so there is no workflow order to enforce."""
import csv
import json
import sys


def render(rows, target_format):
    if target_format == "json":
        return json.dumps(rows)
    elif target_format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerows(rows)
        return ""
    elif target_format == "text":
        return "\n".join(" ".join(map(str, row)) for row in rows)
    raise ValueError(target_format)
