"""Negative example for file-mode-too-permissive: read, write and execute for the owner only (0o700)."""
import os
import stat


def install(path, data):
    with open(path, "wb") as f:
        f.write(data)
    os.chmod(path, stat.S_IREAD | stat.S_IWRITE | stat.S_IEXEC)
