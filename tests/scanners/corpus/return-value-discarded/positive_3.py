"""Positive example for return-value-discarded: a module function's True/False result is ignored."""

import shutil


def copy_backup(src, dst):
    try:
        shutil.copytree(src, dst)
    except OSError:
        return False
    return True


def rotate(src, dst):
    copy_backup(src, dst)
    shutil.rmtree(src)
