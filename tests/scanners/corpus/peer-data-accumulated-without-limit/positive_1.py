"""Positive example for peer-data-accumulated-without-limit: the rule must flag this."""

import socket


def read_message(conn: socket.socket) -> bytes:
    data = b""
    while True:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return data
