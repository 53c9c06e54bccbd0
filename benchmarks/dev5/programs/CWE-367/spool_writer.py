#!/usr/bin/env python3
"""Helper run via sudo by the print daemon to copy a user's file into the spool."""
import os
import shutil
import sys

SPOOL = "/var/spool/labelprint"


def copy_into_spool(user_path: str, job_id: str) -> str:
    real_uid = int(os.environ.get("SUDO_UID", os.getuid()))
    if not os.access(user_path, os.R_OK):
        raise PermissionError(f"{user_path} is not readable")
    st = os.stat(user_path)
    if st.st_uid != real_uid:
        raise PermissionError("you can only print your own files")
    dest = os.path.join(SPOOL, f"{job_id}.job")
    with open(user_path, "rb") as src, open(dest, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return dest


if __name__ == "__main__":
    print(copy_into_spool(sys.argv[1], sys.argv[2]))
