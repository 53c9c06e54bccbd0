"""Nightly root cron job: users list files they want purged in ~/.purge."""
import os
import pwd
import shutil

MIN_UID = 1000


def purge_for(user):
    request_file = os.path.join(user.pw_dir, ".purge")
    if not os.path.isfile(request_file):
        return
    with open(request_file) as fh:
        targets = [line.strip() for line in fh if line.strip()]
    for target in targets:
        if os.path.isdir(target):
            shutil.rmtree(target, ignore_errors=True)
        elif os.path.exists(target):
            os.remove(target)
    os.remove(request_file)


def main():
    for user in pwd.getpwall():
        if user.pw_uid >= MIN_UID and os.path.isdir(user.pw_dir):
            purge_for(user)


if __name__ == "__main__":
    main()
