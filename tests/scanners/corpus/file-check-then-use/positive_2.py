"""Positive example for file-check-then-use: a failed permission check leaves early, then the path is opened.

The check and the open are still two steps, so a privileged helper opens whatever the path names
by the time open() runs.
"""

import os


def send_to_device(path, device):
    if not os.access(path, os.W_OK):
        raise PermissionError(path)
    with open(path, "a") as out:
        out.write(device)
