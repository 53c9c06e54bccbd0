import socket


def recv_message(sock: socket.socket, limit: int = 1 << 20) -> bytes:
    """Read until the peer sends a NUL terminator or closes the connection."""
    parts = []
    total = 0
    while True:
        chunk = sock.recv(4096)
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
        if b"\x00" in chunk or total > limit:
            break
    data = b"".join(parts)
    return data.split(b"\x00", 1)[0]
