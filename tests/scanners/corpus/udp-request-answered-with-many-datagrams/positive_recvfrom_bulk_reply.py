"""A plain-socket status service answers one 4-byte 'LIST' datagram with every session record."""
import json
import socket


def serve(sessions):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", 9100))
    while True:
        request, peer = sock.recvfrom(64)
        if request != b"LIST":
            continue
        for record in sessions.values():
            sock.sendto(json.dumps(record).encode(), peer)
