import datetime
import os
import shutil
import subprocess

LOG_DIR = "/var/log/app"
ARCHIVE_DIR = "/mnt/archive"


def archive_logs():
    stamp = datetime.date.today().isoformat()
    target = os.path.join(ARCHIVE_DIR, f"logs-{stamp}.tar.gz")
    subprocess.call(["tar", "-czf", target, "-C", LOG_DIR, "."])
    for name in os.listdir(LOG_DIR):
        path = os.path.join(LOG_DIR, name)
        if os.path.isdir(path):
            shutil.rmtree(path)
        else:
            os.remove(path)
    print("archived to", target)


if __name__ == "__main__":
    archive_logs()
