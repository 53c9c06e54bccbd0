"""A TCP listener that turns on SO_REUSEPORT when a config flag asks for it: another process can then
bind the same port and take part of the connections."""
import socket


def listen(port: int, fast_restart: bool = True):
    srv = socket.socket()
    if fast_restart:
        srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    srv.bind(("0.0.0.0", port))
    srv.listen()
    return srv
