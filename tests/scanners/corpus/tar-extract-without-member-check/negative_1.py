"""Negative example for tar-extract-without-member-check: the rule must not flag this."""
import tarfile
def unpack(path):
    with tarfile.open(path) as tar:
        tar.extractall("/tmp/out", filter="data")
