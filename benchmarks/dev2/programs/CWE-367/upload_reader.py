import os
import stat
import sys

INBOX = "/srv/inbox"


def read_user_file(name: str, owner_uid: int) -> bytes:
    path = os.path.join(INBOX, os.path.basename(name))
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_uid != owner_uid:
            raise PermissionError(f"{name} is not a regular file owned by uid {owner_uid}")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read()
    finally:
        os.close(fd)


if __name__ == "__main__":
    data = read_user_file(sys.argv[1], int(sys.argv[2]))
    sys.stdout.buffer.write(data)
