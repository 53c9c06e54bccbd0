"""Negative: the file is opened once with O_NOFOLLOW and its owner is checked with fstat on the descriptor."""
import os


def read_owned(path, uid):
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    try:
        info = os.fstat(fd)
        if info.st_uid != uid:
            raise PermissionError(path)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    finally:
        os.close(fd)
