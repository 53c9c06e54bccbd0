"""Negative example for socket-bound-to-all-interfaces: the rule must not flag this."""
import socket
def serve():
    s = socket.socket()
    s.bind(("127.0.0.1", 8080))
    s.listen()
