"""A UDP collector that claims its port exclusively on Windows (SO_EXCLUSIVEADDRUSE) and leaves the
POSIX default (no SO_REUSEADDR: a second bind fails) elsewhere."""
import os
import socket


class Collector:
    def __init__(self, port: int):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        if os.name == "nt":
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        self.sock.bind(("", port))

    def next_datagram(self):
        return self.sock.recvfrom(1500)
