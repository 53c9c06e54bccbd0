"""Negative example for peer-data-accumulated-without-limit: the rule must not flag this."""

import socket

MAX_MESSAGE = 1 << 20


def read_message(conn: socket.socket) -> bytes:
    data = b""
    while True:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
        if len(data) > MAX_MESSAGE:
            raise ValueError("message too large")
    return data
