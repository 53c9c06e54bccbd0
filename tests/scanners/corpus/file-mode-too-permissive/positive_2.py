"""Positive example for file-mode-too-permissive: execute added to the current mode keeps its other bits."""
import os
import stat


def install(path, data):
    with open(path, "wb") as f:
        f.write(data)
    os.chmod(path, os.stat(path).st_mode | stat.S_IEXEC)
