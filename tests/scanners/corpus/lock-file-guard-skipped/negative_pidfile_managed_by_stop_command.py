import os
import sys
import time

LOCK_FILE = "/run/importer/importer.lock"


def take_lock():
    with open(LOCK_FILE, "x") as fh:
        fh.write(str(os.getpid()))


def drop_lock():
    try:
        os.remove(LOCK_FILE)
    except FileNotFoundError:
        pass


def import_batch():
    time.sleep(1)


def start():
    if os.path.exists(LOCK_FILE):
        sys.exit("importer already running")
    take_lock()
    try:
        import_batch()
    finally:
        drop_lock()


def stop():
    drop_lock()


if __name__ == "__main__":
    {"start": start, "stop": stop}[sys.argv[1]]()
