"""Positive example for socket-bound-to-all-interfaces: SO_REUSEPORT lets a second process share the port."""
import socket
def serve():
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    s.bind(("0.0.0.0", 8080))
    s.listen()
