"""Negative example for reply-to-address-from-packet: the rule must not flag this."""
import socket
def relay(parse, peer):
    sock = socket.create_connection(peer)
    data = sock.recv(1024)
    sock.sendall(parse(data))
