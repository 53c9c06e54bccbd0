"""Negative example for return-value-discarded: os.replace renames a file and returns nothing."""
import os
import tempfile


def save_atomically(path, data):
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path) or ".")
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(tmp, path)
