"""Negative example for return-value-discarded: the function's result is checked."""

import shutil


def copy_backup(src, dst):
    try:
        shutil.copytree(src, dst)
    except OSError:
        return False
    return True


def rotate(src, dst):
    if not copy_backup(src, dst):
        raise SystemExit("backup failed; source kept")
    shutil.rmtree(src)
