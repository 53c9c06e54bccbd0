import json
import os
import socket

BEACON_PORT = int(os.environ.get("BEACON_PORT", "5353"))


def make_socket(port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
    for opt in (socket.SO_REUSEADDR, socket.SO_REUSEPORT):
        sock.setsockopt(socket.SOL_SOCKET, opt, 1)
    sock.bind(("", port))
    return sock


class BeaconResponder:
    def __init__(self, service_name, service_port):
        self.info = json.dumps({"name": service_name, "port": service_port}).encode()
        self.sock = make_socket(BEACON_PORT)

    def run(self):
        while True:
            data, addr = self.sock.recvfrom(512)
            if data.strip() == b"DISCOVER":
                self.sock.sendto(self.info, addr)


if __name__ == "__main__":
    BeaconResponder("printer-gateway", 9100).run()
