"""Negative: the joined path is resolved and must stay under the root; no sequence stripping is relied on."""
import os


def load(root, rel):
    full = os.path.realpath(os.path.join(root, rel))
    if os.path.commonpath([root, full]) != root:
        raise PermissionError(rel)
    with open(full) as fh:
        return fh.read()
