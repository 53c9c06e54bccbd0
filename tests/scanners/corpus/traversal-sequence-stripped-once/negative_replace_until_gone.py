"""Negative: the sequence is removed in a loop until none is left, and the result is confined."""
import os


def load(root, rel):
    while "../" in rel:
        rel = rel.replace("../", "")
    full = os.path.realpath(os.path.join(root, rel))
    if not full.startswith(root + os.sep):
        raise PermissionError(rel)
    return full
