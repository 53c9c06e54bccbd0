import grp
import os
import pwd
import socket
import sys

from parsers import parse_syslog_line
from storage import append_event

SERVICE_USER = "syslogd"


def drop_privileges(username):
    entry = pwd.getpwnam(username)
    os.setgroups([])
    os.setgid(entry.pw_gid)
    os.setuid(entry.pw_uid)
    os.umask(0o077)
    if os.getuid() == 0 or os.geteuid() == 0:
        raise RuntimeError("failed to drop root privileges")


def main():
    if os.geteuid() != 0:
        sys.exit("must be started as root to bind port 514")
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", 514))
    drop_privileges(SERVICE_USER)
    while True:
        data, peer = sock.recvfrom(8192)
        event = parse_syslog_line(data.decode("utf-8", "replace"))
        event["peer"] = peer[0]
        append_event(event)


if __name__ == "__main__":
    main()
