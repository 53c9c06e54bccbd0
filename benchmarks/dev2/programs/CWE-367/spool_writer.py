#!/usr/bin/env python3
"""Privileged helper: appends a user's job description to their spool file.

Runs as root via sudo; SUDO_UID identifies the calling user.
"""
import os
import sys

SPOOL_DIR = "/var/spool/jobs"


def append_job(path: str, text: str) -> None:
    uid = int(os.environ["SUDO_UID"])
    st = os.stat(path)
    if st.st_uid != uid:
        sys.exit("you do not own that spool file")
    with open(path, "a") as fh:
        fh.write(text + "\n")


if __name__ == "__main__":
    user_path = os.path.join(SPOOL_DIR, sys.argv[1])
    append_job(user_path, " ".join(sys.argv[2:]))
