import os
import sys


def print_user_file(path):
    """Setuid helper: print a file only if the real user may read it."""
    if not os.access(path, os.R_OK):
        raise PermissionError(path)
    with open(path) as fh:
        sys.stdout.write(fh.read())


if __name__ == "__main__":
    print_user_file(sys.argv[1])
