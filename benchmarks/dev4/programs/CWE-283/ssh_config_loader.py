import os
import stat
import sys


class UntrustedFile(Exception):
    pass


def check_private(path):
    st = os.stat(path, follow_symlinks=False)
    if not stat.S_ISREG(st.st_mode):
        raise UntrustedFile(f"{path} is not a regular file")
    if st.st_uid != os.getuid():
        raise UntrustedFile(f"{path} is not owned by the current user")
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise UntrustedFile(f"{path} is writable by group or others")


def load_hosts(path=os.path.expanduser("~/.deploytool/hosts")):
    check_private(path)
    hosts = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                alias, _, target = line.partition(" ")
                hosts[alias] = target.strip()
    return hosts


if __name__ == "__main__":
    try:
        for alias, target in load_hosts().items():
            print(f"{alias} -> {target}")
    except UntrustedFile as exc:
        sys.exit(str(exc))
