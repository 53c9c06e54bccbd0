"""A bare listener bound to every interface with default options (the paper's CWE-605 shape)."""
import socket


def listen(port):
    server = socket.socket()
    server.bind(("0.0.0.0", port))
    server.listen(5)
    return server
