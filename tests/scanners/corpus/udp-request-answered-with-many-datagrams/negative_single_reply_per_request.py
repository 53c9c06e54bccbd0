"""Each request gets one reply no larger than the request; the receive loop is the server loop."""
import socket


def serve():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 9100))
    while True:
        request, peer = sock.recvfrom(512)
        reply = b"OK " + request[:64]
        sock.sendto(reply[: len(request)], peer)
