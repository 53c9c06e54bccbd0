import socket

MAX_MESSAGE = 1 << 20


def read_exact(sock, n):
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("peer closed connection")
        buf += chunk
    return bytes(buf)


def read_message(sock: socket.socket):
    """Read a length-prefixed message from the socket."""
    sock.settimeout(30)
    length = int.from_bytes(read_exact(sock, 4), "big")
    if length > MAX_MESSAGE:
        raise ValueError("message too large")
    return read_exact(sock, length)
