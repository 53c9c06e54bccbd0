"""Negative example for root-required-never-dropped: a one-shot admin tool that chowns home folders."""

import os
import pwd
import sys


def fix_home(user):
    entry = pwd.getpwnam(user)
    for root, dirs, files in os.walk(entry.pw_dir):
        for name in dirs + files:
            os.lchown(os.path.join(root, name), entry.pw_uid, entry.pw_gid)


if __name__ == "__main__":
    if os.geteuid() != 0:
        sys.exit("must be root to change ownership")
    fix_home(sys.argv[1])
