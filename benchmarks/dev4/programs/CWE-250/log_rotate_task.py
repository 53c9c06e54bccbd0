import datetime
import glob
import os
import subprocess

APP_LOG_DIR = os.path.expanduser("~/app/logs")


def compress_old_logs(days=7):
    """Nightly task: gzip this app's own log files older than N days."""
    cutoff = datetime.datetime.now() - datetime.timedelta(days=days)
    done = []
    for path in glob.glob(os.path.join(APP_LOG_DIR, "*.log")):
        mtime = datetime.datetime.fromtimestamp(os.path.getmtime(path))
        if mtime < cutoff:
            subprocess.run(["sudo", "gzip", "-9", path], check=True)
            subprocess.run(["sudo", "chmod", "644", path + ".gz"], check=True)
            done.append(path)
    return done


if __name__ == "__main__":
    for p in compress_old_logs():
        print("compressed", p)
