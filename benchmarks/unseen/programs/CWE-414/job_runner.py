import os
import sys
import time

LOCK_PATH = "/var/run/nightly-sync.lock"


def sync():
    print("syncing...")
    time.sleep(5)


def main():
    force = "--force" in sys.argv
    if os.path.exists(LOCK_PATH) and not force:
        print("another sync is running")
        return 1
    if not force:
        open(LOCK_PATH, "w").close()
    try:
        sync()
    finally:
        if os.path.exists(LOCK_PATH):
            os.remove(LOCK_PATH)
    return 0


if __name__ == "__main__":
    sys.exit(main())
