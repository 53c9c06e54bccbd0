import os
import socket


def serve():
    """Syslog-style collector that must listen on port 514."""
    if os.geteuid() != 0:
        raise SystemExit("must be started as root")
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", 514))
    while True:
        data, addr = sock.recvfrom(4096)
        with open("/var/log/collected.log", "ab") as fh:
            fh.write(addr[0].encode() + b" " + data + b"\n")


if __name__ == "__main__":
    serve()
