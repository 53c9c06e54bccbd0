import os
import stat
import sys


def print_user_file(path):
    """Setuid helper: print a file only if the real user may read it."""
    saved = os.geteuid()
    os.seteuid(os.getuid())
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    finally:
        os.seteuid(saved)
    with os.fdopen(fd) as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise ValueError("not a regular file")
        sys.stdout.write(fh.read())


if __name__ == "__main__":
    print_user_file(sys.argv[1])
