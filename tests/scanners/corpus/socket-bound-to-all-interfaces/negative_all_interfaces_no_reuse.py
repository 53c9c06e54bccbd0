"""A TCP listener on every interface whose options are set one by one, none of them a reuse option."""
import socket


def open_listener(port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
    sock.bind(("", port))
    sock.listen(16)
    return sock
