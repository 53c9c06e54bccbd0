"""Positive example for reply-to-address-from-packet: the rule must flag this."""
import socket
def relay(parse):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    while True:
        data = sock.recv(1024)
        target, payload = parse(data)
        sock.sendto(payload, target)
