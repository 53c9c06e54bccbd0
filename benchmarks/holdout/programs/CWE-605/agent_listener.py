import socket


def listen(port=7070):
    """Start the local metrics agent listener."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(("0.0.0.0", port))
    sock.listen(16)
    while True:
        conn, _ = sock.accept()
        conn.sendall(b"metrics-agent 1.0\n")
        conn.close()


if __name__ == "__main__":
    listen()
