"""Negative example for udp-datagram-relayed-to-unverified-source: the loop answers on its own socket to exactly the address recvfrom reported."""
import socket


def echo_uptime(port, uptime):
    server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    server.bind(("127.0.0.1", port))
    while True:
        request, peer = server.recvfrom(32)
        if request.strip() != b"UPTIME":
            continue
        server.sendto(str(uptime()).encode()[:32], peer)
