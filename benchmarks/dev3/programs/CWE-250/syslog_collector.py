import os
import socket
import sys

from parsers import parse_syslog_line
from storage import append_event

LISTEN_ADDR = ("0.0.0.0", 514)


def serve(sock):
    while True:
        data, peer = sock.recvfrom(8192)
        event = parse_syslog_line(data.decode("utf-8", "replace"))
        event["peer"] = peer[0]
        append_event(event)


def main():
    if os.geteuid() != 0:
        sys.exit("syslog collector must be started as root (port 514)")
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(LISTEN_ADDR)
    print("collector listening on udp/514")
    serve(sock)


if __name__ == "__main__":
    main()
