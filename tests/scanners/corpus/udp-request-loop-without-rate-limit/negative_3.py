"""Negative example for udp-request-loop-without-rate-limit: a limiter drops datagrams over the budget."""

import socket


def serve(port, limiter, handle):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", port))
    while True:
        packet, source = sock.recvfrom(512)
        if not limiter.permit(source[0]):
            continue
        handle(packet, source)
