"""Negative example for file-check-then-use: the existence test is only a shortcut, the open handles errors.

If the file disappears or changes between the test and the open, open() raises and the handler
answers as if it had never existed: the race grants nothing.
"""

import os


def load_notes(path):
    if os.path.isfile(path):
        try:
            with open(path, encoding="utf-8") as fh:
                return fh.read()
        except FileNotFoundError:
            return ""
    return ""
