import json
import os
import tempfile

CACHE_DIR = "/tmp/report-cache"


def ensure_cache_dir():
    os.makedirs(CACHE_DIR, exist_ok=True)
    os.chmod(CACHE_DIR, 0o777)  # the web and cron users both write here


def write_report(report_id, payload):
    ensure_cache_dir()
    fd, tmp = tempfile.mkstemp(prefix=f"{report_id}-", suffix=".json", dir=CACHE_DIR)
    with os.fdopen(fd, "w") as fh:
        json.dump(payload, fh)
    final = os.path.join(CACHE_DIR, f"{report_id}.json")
    os.replace(tmp, final)
    return final


def read_report(report_id):
    with open(os.path.join(CACHE_DIR, f"{report_id}.json")) as fh:
        return json.load(fh)
