"""Positive: reads until the announced frame length has arrived, never noticing recv() returning b'' on close."""
import socket
import struct


def read_frame(conn: socket.socket) -> bytes:
    header = b""
    while len(header) < 4:
        header += conn.recv(4 - len(header))
    (size,) = struct.unpack("!I", header)
    body = bytearray()
    while len(body) < size:
        part = conn.recv(min(4096, size - len(body)))
        body.extend(part)
    return bytes(body)
