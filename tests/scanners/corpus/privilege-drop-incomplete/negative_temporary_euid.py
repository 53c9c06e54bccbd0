"""Negative example for privilege-drop-incomplete: effective ids lowered and restored in the right order."""

import os


def write_as(uid, gid, path, data):
    os.setegid(gid)
    os.seteuid(uid)
    try:
        with open(path, "w") as fh:
            fh.write(data)
    finally:
        os.seteuid(0)
        os.setegid(0)
