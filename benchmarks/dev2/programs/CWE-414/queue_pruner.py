import fcntl
import os
import sys
import time

QUEUE_DIR = "/var/spool/mailq"
LOCK_FILE = os.path.join(QUEUE_DIR, ".lock")
MAX_AGE = 5 * 86400


def prune() -> int:
    removed = 0
    with open(LOCK_FILE, "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print("queue is locked by the mailer, skipping this run", file=sys.stderr)
            return 0
        try:
            cutoff = time.time() - MAX_AGE
            for name in os.listdir(QUEUE_DIR):
                path = os.path.join(QUEUE_DIR, name)
                if name.endswith(".msg") and os.path.getmtime(path) < cutoff:
                    os.remove(path)
                    removed += 1
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return removed


if __name__ == "__main__":
    print("removed", prune(), "stale messages")
