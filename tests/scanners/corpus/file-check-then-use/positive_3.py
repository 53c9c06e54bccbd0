"""Positive example for file-check-then-use: os.access decides, and catching the open's error does not help.

The decision is made on one file and the open may act on another, error handling or not.
"""

import os


def dump_for_caller(path):
    if os.access(path, os.R_OK):
        try:
            with open(path, "rb") as fh:
                return fh.read()
        except OSError:
            return b""
    return b""
