import errno
import os
import subprocess
import sys

LOCK_PATH = "/run/nightly-import.lock"


def acquire(path: str) -> int | None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except OSError as exc:
        if exc.errno == errno.EEXIST:
            return None
        raise
    os.write(fd, str(os.getpid()).encode())
    return fd


def main() -> int:
    fd = acquire(LOCK_PATH)
    if fd is None:
        print("import already running", file=sys.stderr)
        return 1
    try:
        return subprocess.call(["/opt/import/bin/run-import", "--full"])
    finally:
        os.close(fd)
        os.unlink(LOCK_PATH)


if __name__ == "__main__":
    sys.exit(main())
