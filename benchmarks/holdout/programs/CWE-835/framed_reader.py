import socket


def read_message(sock: socket.socket):
    """Read a length-prefixed message from the socket."""
    header = sock.recv(4)
    length = int.from_bytes(header, "big")
    data = b""
    while len(data) < length:
        data += sock.recv(length - len(data))
    return data
