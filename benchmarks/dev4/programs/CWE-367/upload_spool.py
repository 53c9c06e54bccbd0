import os
import shutil
import sys

SPOOL = "/var/spool/intake"
ARCHIVE = "/srv/intake/archive"


def is_regular_owned(path):
    st = os.lstat(path)
    return os.path.isfile(path) and not os.path.islink(path) and st.st_uid == os.getuid()


def process(name):
    path = os.path.join(SPOOL, name)
    if not is_regular_owned(path):
        print(f"skipping {name}: not a regular file we own", file=sys.stderr)
        return
    # the spool is group-writable; files are dropped in by the sftp users
    with open(path, "rb") as fh:
        data = fh.read()
    with open(os.path.join(ARCHIVE, name), "wb") as out:
        out.write(data)
    os.chmod(path, 0o600)
    os.remove(path)


def main():
    for name in sorted(os.listdir(SPOOL)):
        process(name)
    shutil.disk_usage(ARCHIVE)


if __name__ == "__main__":
    main()
