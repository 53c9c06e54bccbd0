"""Positive example for udp-reply-to-unauthenticated-source: a few bytes trigger a reply many times larger.

The keyword test only selects the command; nothing bounds the answer or the rate per source.
"""

import socket


def inventory_service(port, catalogue):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", port))
    while True:
        request, peer = sock.recvfrom(32)
        if request.strip().lower() == b"list":
            dump = "\n".join(catalogue()).encode()
            for start in range(0, len(dump), 1200):
                sock.sendto(dump[start : start + 1200], peer)
