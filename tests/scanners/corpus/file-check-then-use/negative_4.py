"""Negative example for file-check-then-use: the owner test is made on the open descriptor (fstat)."""

import os


def hand_over(path, uid, gid):
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    try:
        if os.fstat(fd).st_uid == os.getuid():
            os.fchown(fd, uid, gid)
    finally:
        os.close(fd)
