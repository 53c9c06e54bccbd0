"""Positive example for udp-request-loop-without-rate-limit: the only test in the loop picks the command.

Every matching datagram is answered; the test says nothing about how many, or from whom.
"""

import socket


def status_loop(port, status):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", port))
    while True:
        data, peer = sock.recvfrom(16)
        if data.startswith(b"PING"):
            sock.sendto(status().encode(), peer)
