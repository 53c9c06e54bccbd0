"""Negative example for udp-reply-to-unauthenticated-source: the answer never exceeds the request size."""

import socket


def echo_upper(port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", port))
    while True:
        msg, peer = sock.recvfrom(512)
        reply = msg.upper()
        if len(reply) > len(msg):
            continue
        sock.sendto(reply, peer)
