#!/usr/bin/env python3
"""Copies a caller-owned file into the spool; checks are made on the opened descriptor."""
import os
import stat
import sys

SPOOL = "/var/spool/labelprint"


def copy_into_spool(user_path: str, job_id: str) -> str:
    real_uid = int(os.environ.get("SUDO_UID", os.getuid()))
    fd = os.open(user_path, os.O_RDONLY | os.O_NOFOLLOW)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_uid != real_uid:
            raise PermissionError("you can only print your own regular files")
        dest = os.path.join(SPOOL, f"{job_id}.job")
        out = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o640)
        with os.fdopen(fd, "rb", closefd=False) as src, os.fdopen(out, "wb") as dst:
            while chunk := src.read(65536):
                dst.write(chunk)
    finally:
        os.close(fd)
    return dest


if __name__ == "__main__":
    print(copy_into_spool(sys.argv[1], sys.argv[2]))
