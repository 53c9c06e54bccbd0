"""Negative example for root-required-never-dropped: the rule must not flag this."""
import os
import pwd
import socket
import sys


def main():
    if os.geteuid() != 0:
        sys.exit("must be root to listen on port 514")
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", 514))
    nobody = pwd.getpwnam("nobody")
    os.setgroups([])
    os.setgid(nobody.pw_gid)
    os.setuid(nobody.pw_uid)
    while True:
        data, _ = sock.recvfrom(4096)
        print(len(data))


if __name__ == "__main__":
    main()
