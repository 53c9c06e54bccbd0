"""Positive example for socket-bound-to-all-interfaces: the rule must flag this."""
import socket
def serve():
    s = socket.socket()
    s.bind(("0.0.0.0", 8080))
    s.listen()
