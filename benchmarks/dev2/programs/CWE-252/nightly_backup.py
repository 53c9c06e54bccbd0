import datetime
import os
import shutil
import subprocess
import sys

LOG_DIR = "/var/log/app"
ARCHIVE_DIR = "/mnt/archive"


def archive_logs():
    stamp = datetime.date.today().isoformat()
    target = os.path.join(ARCHIVE_DIR, f"logs-{stamp}.tar.gz")
    result = subprocess.run(["tar", "-czf", target, "-C", LOG_DIR, "."], capture_output=True, text=True)
    if result.returncode != 0:
        print("tar failed, keeping logs:", result.stderr, file=sys.stderr)
        return 1
    verify = subprocess.run(["tar", "-tzf", target], capture_output=True)
    if verify.returncode != 0:
        print("archive unreadable, keeping logs", file=sys.stderr)
        return 1
    for name in os.listdir(LOG_DIR):
        path = os.path.join(LOG_DIR, name)
        shutil.rmtree(path) if os.path.isdir(path) else os.remove(path)
    print("archived to", target)
    return 0


if __name__ == "__main__":
    sys.exit(archive_logs())
