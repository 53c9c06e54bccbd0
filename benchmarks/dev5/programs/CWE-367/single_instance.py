import fcntl
import os
import sys
import time

from worker import run_batch

LOCK_PATH = os.path.join(os.environ.get("XDG_RUNTIME_DIR", "/run/user/%d" % os.getuid()), "batch.lock")


def main() -> int:
    fd = os.open(LOCK_PATH, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        print("another batch is running", file=sys.stderr)
        os.close(fd)
        return 1
    os.ftruncate(fd, 0)
    os.write(fd, str(os.getpid()).encode())
    try:
        start = time.monotonic()
        run_batch()
        print(f"done in {time.monotonic() - start:.1f}s")
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
    return 0


if __name__ == "__main__":
    sys.exit(main())
