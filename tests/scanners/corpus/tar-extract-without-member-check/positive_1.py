"""Positive example for tar-extract-without-member-check: the rule must flag this."""
import tarfile
def unpack(path):
    with tarfile.open(path) as tar:
        tar.extractall("/tmp/out")
