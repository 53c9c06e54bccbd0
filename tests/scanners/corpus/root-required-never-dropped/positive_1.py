"""Positive example for root-required-never-dropped: the rule must flag this."""
import os
import socket
import sys


def main():
    if os.geteuid() != 0:
        sys.exit("must be root to listen on port 514")
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", 514))
    while True:
        data, _ = sock.recvfrom(4096)
        with open("/var/log/remote.log", "ab") as fh:
            fh.write(data)


if __name__ == "__main__":
    main()
