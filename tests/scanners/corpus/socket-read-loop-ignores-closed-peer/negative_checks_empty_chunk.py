"""Negative: every chunk is checked for b'' (peer closed) before it is added, and the size is capped."""
import socket


def read_frame(conn: socket.socket, size: int) -> bytes:
    if size > 1 << 20:
        raise ValueError("frame too large")
    body = bytearray()
    while len(body) < size:
        part = conn.recv(min(4096, size - len(body)))
        if not part:
            raise ConnectionError("peer closed mid-frame")
        body.extend(part)
    return bytes(body)
