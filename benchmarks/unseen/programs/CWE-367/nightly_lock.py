import os
import sys
import time

LOCK = "/tmp/nightly-report.lock"


def acquire() -> bool:
    if os.path.exists(LOCK):
        return False
    with open(LOCK, "w") as fh:
        fh.write(str(os.getpid()))
    return True


def main() -> int:
    if not acquire():
        print("another run is in progress", file=sys.stderr)
        return 1
    try:
        time.sleep(2)
        print("report generated")
    finally:
        os.remove(LOCK)
    return 0


if __name__ == "__main__":
    sys.exit(main())
