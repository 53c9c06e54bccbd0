import os
import pwd
import socket


def serve():
    """Syslog-style collector that must listen on port 514."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", 514))
    nobody = pwd.getpwnam("syslogd")
    os.setgroups([])
    os.setgid(nobody.pw_gid)
    os.setuid(nobody.pw_uid)
    while True:
        data, addr = sock.recvfrom(4096)
        with open("/var/log/collector/collected.log", "ab") as fh:
            fh.write(addr[0].encode() + b" " + data + b"\n")


if __name__ == "__main__":
    serve()
