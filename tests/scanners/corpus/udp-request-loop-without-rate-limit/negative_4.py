"""Negative example for udp-request-loop-without-rate-limit: a collector that never answers.

Datagrams are only counted; with no reply there is nothing to amplify or reflect.
"""

import socket
from collections import Counter


def collect(port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", port))
    seen = Counter()
    while True:
        datagram, _peer = sock.recvfrom(512)
        seen[datagram.split(b":", 1)[0]] += 1
