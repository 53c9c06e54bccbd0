import os
import pwd
import time


def become(user: str) -> None:
    info = pwd.getpwnam(user)
    os.setuid(info.pw_uid)
    try:
        os.setgid(info.pw_gid)
    except PermissionError:
        pass


def work_loop() -> None:
    while True:
        for name in os.listdir("/var/spool/jobs"):
            print("processing", name)
        time.sleep(5)


if __name__ == "__main__":
    become("jobrunner")
    work_loop()
