"""Negative example for tar-extract-without-member-check: a validator on each member's path."""
import os
import tarfile


def inside(base, name):
    dest = os.path.realpath(os.path.join(base, name))
    return os.path.commonpath([dest, os.path.realpath(base)]) == os.path.realpath(base)


def unpack(archive, target):
    with tarfile.open(archive) as tar:
        for entry in tar.getmembers():
            if entry.isfile() and inside(target, entry.name):
                tar.extract(entry, path=target)
