"""Cron wrapper that makes sure only one copy of a job runs at a time."""
import os
import subprocess
import sys
import time

LOCK_DIR = "/tmp"


class JobLock:
    def __init__(self, name: str):
        self.path = os.path.join(LOCK_DIR, f"{name}.lock")

    def acquire(self) -> bool:
        if os.path.exists(self.path):
            with open(self.path) as fh:
                pid = fh.read().strip()
            if pid and os.path.exists(f"/proc/{pid}"):
                return False
        with open(self.path, "w") as fh:
            fh.write(str(os.getpid()))
        return True

    def release(self) -> None:
        try:
            os.remove(self.path)
        except FileNotFoundError:
            pass


def main(argv):
    if len(argv) < 3:
        print("usage: lockfile_runner.py NAME CMD...", file=sys.stderr)
        return 2
    lock = JobLock(argv[1])
    if not lock.acquire():
        print(f"{argv[1]} already running", file=sys.stderr)
        return 1
    started = time.time()
    try:
        rc = subprocess.call(argv[2:])
    finally:
        lock.release()
    print(f"{argv[1]} finished rc={rc} in {time.time() - started:.1f}s")
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv))
