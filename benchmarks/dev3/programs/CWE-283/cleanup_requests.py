"""Nightly root cron job: users list files they want purged in ~/.cleanup."""
import os
import pwd
import stat

MIN_UID = 1000


def owned_regular_file(path, uid):
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_uid == uid


def cleanup_for(user):
    request_file = os.path.join(user.pw_dir, ".cleanup")
    if not owned_regular_file(request_file, user.pw_uid):
        return
    with open(request_file) as fh:
        targets = [os.path.abspath(line.strip()) for line in fh if line.strip()]
    for target in targets:
        if owned_regular_file(target, user.pw_uid):
            os.remove(target)
        else:
            print(f"skipping {target}: not a file owned by {user.pw_name}")
    os.remove(request_file)


def main():
    for user in pwd.getpwall():
        if user.pw_uid >= MIN_UID and os.path.isdir(user.pw_dir):
            cleanup_for(user)


if __name__ == "__main__":
    main()
