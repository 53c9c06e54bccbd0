"""Positive example for tar-extract-without-member-check: a file-type test is no path check."""
import tarfile


def unpack(archive, target):
    with tarfile.open(archive) as tar:
        for entry in tar:
            if entry.is_file():
                tar.extract(entry, path=target)
