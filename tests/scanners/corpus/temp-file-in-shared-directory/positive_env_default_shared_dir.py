import json
import os

SPOOL = os.getenv("REPORT_SPOOL", "/var/tmp/reports")


def spool(report_id, rows):
    os.makedirs(SPOOL, exist_ok=True)
    with open(os.path.join(SPOOL, f"{report_id}.json"), "w") as fh:
        json.dump(rows, fh)
