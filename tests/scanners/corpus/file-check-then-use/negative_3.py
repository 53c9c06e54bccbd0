"""Negative example for file-check-then-use: the open itself refuses a symlink, so the check is not trusted."""

import os


def append_record(path, line):
    if not os.path.exists(path):
        return False
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NOFOLLOW)
    with os.fdopen(fd, "a") as fh:
        fh.write(line)
    return True
