"""Positive example for udp-request-loop-without-rate-limit: the rule must flag this."""
import socket
def serve(ip, port, handle):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((ip, port))
    while True:
        data, addr = sock.recvfrom(1024)
        handle(data, addr)
