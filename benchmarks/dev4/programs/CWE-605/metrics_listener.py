"""UDP listener that collects statsd-style counters from local services."""
import os
import socket
from collections import Counter

PORT = int(os.environ.get("METRICS_PORT", "8125"))


def open_listener(port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(("0.0.0.0", port))
    return sock


def parse(datagram):
    for line in datagram.decode("utf-8", "replace").splitlines():
        name, _, rest = line.partition(":")
        value, _, kind = rest.partition("|")
        if kind == "c":
            yield name, int(value or 0)


def serve():
    counters = Counter()
    sock = open_listener(PORT)
    received = 0
    while True:
        data, _ = sock.recvfrom(65535)
        for name, value in parse(data):
            counters[name] += value
        received += 1
        if received % 1000 == 0:
            print(counters.most_common(10), flush=True)


if __name__ == "__main__":
    serve()
