"""Positive example for udp-reply-to-unauthenticated-source: the rule must flag this."""
import socket
def serve(ip, port, answer):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((ip, port))
    while True:
        data, addr = sock.recvfrom(512)
        sock.sendto(answer(data), addr)
