"""Moves files from a shared drop folder into processing, cooperating with other hosts via lock files."""
import fcntl
import os
import shutil

DROP = "/mnt/shared/drop"
WORK = "/srv/worker/inbox"


def try_claim(name):
    lock_path = os.path.join(DROP, name + ".lock")
    fd = os.open(lock_path, os.O_CREAT | os.O_RDWR, 0o640)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


def claim_and_move(name):
    fd = try_claim(name)
    if fd is None:
        return False
    try:
        src = os.path.join(DROP, name)
        if not os.path.exists(src):
            return False
        shutil.move(src, os.path.join(WORK, name))
        return True
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


if __name__ == "__main__":
    for entry in sorted(os.listdir(DROP)):
        if not entry.endswith(".lock") and claim_and_move(entry):
            print("claimed", entry)
